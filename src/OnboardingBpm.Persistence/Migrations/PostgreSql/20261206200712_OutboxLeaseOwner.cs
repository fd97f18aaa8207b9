using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxLeaseOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "lease_owner",
                table: "workflow_outbox",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "lease_owner",
                table: "workflow_outbox");
        }
    }
}
