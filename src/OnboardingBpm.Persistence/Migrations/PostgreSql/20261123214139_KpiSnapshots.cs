using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class KpiSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kpi_snapshots",
                columns: table => new
                {
                    period_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kpi = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    period_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    value = table.Column<decimal>(type: "numeric", nullable: true),
                    sample_size = table.Column<int>(type: "integer", nullable: false),
                    target = table.Column<decimal>(type: "numeric", nullable: true),
                    target_comparison = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    computed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    report_id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kpi_snapshots", x => new { x.period_start, x.segment, x.kpi });
                });

            migrationBuilder.CreateIndex(
                name: "IX_kpi_snapshots_segment_period_start",
                table: "kpi_snapshots",
                columns: new[] { "segment", "period_start" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kpi_snapshots");
        }
    }
}
