using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResumeInbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workflow_resume_inbox",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    bookmark_id = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_resume_inbox", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_resume_inbox_created_at",
                table: "workflow_resume_inbox",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workflow_resume_inbox");
        }
    }
}
