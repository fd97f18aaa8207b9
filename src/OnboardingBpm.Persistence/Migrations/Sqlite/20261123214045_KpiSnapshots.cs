using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.Sqlite
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
                    period_start = table.Column<long>(type: "INTEGER", nullable: false),
                    segment = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    kpi = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    period_end = table.Column<long>(type: "INTEGER", nullable: false),
                    value = table.Column<decimal>(type: "TEXT", nullable: true),
                    sample_size = table.Column<int>(type: "INTEGER", nullable: false),
                    target = table.Column<decimal>(type: "TEXT", nullable: true),
                    target_comparison = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    report_id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false)
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
