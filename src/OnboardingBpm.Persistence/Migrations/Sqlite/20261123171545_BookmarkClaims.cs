using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BookmarkClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "claimed_by",
                table: "workflow_bookmarks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "claimed_until",
                table: "workflow_bookmarks",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "claimed_by",
                table: "workflow_bookmarks");

            migrationBuilder.DropColumn(
                name: "claimed_until",
                table: "workflow_bookmarks");
        }
    }
}
