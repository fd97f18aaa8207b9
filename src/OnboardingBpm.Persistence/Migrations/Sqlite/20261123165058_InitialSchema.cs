using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "human_tasks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    segment = table.Column<string>(type: "TEXT", nullable: true),
                    candidate_role = table.Column<string>(type: "TEXT", nullable: true),
                    assignee = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    task = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_human_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_bookmarks",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    execution_id = table.Column<string>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", nullable: false),
                    correlation_key = table.Column<string>(type: "TEXT", nullable: true),
                    payload = table.Column<string>(type: "TEXT", nullable: true),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_bookmarks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_definition_versions",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    description = table.Column<string>(type: "TEXT", nullable: true),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    published_at = table.Column<long>(type: "INTEGER", nullable: false),
                    retracted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    published_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_definition_versions", x => new { x.definition_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "workflow_drafts",
                columns: table => new
                {
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    json = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_drafts", x => x.definition_id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_incidents",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    resolved_at = table.Column<long>(type: "INTEGER", nullable: true),
                    incident = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_version = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    correlation_id = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    finished_at = table.Column<long>(type: "INTEGER", nullable: true),
                    revision = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_owner = table.Column<string>(type: "TEXT", nullable: true),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    state = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_journal",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    entry = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_journal", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_outbox",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    lease_until = table.Column<long>(type: "INTEGER", nullable: true),
                    dispatched_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_triggers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    activity_id = table.Column<string>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", nullable: false),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    hash = table.Column<string>(type: "TEXT", nullable: false),
                    next_due_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_triggers", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_human_tasks_assignee",
                table: "human_tasks",
                column: "assignee");

            migrationBuilder.CreateIndex(
                name: "IX_human_tasks_instance_id",
                table: "human_tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_human_tasks_status_segment",
                table: "human_tasks",
                columns: new[] { "status", "segment" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_due_at",
                table: "workflow_bookmarks",
                column: "due_at");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_hash",
                table: "workflow_bookmarks",
                column: "hash");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_bookmarks_instance_id",
                table: "workflow_bookmarks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_incidents_instance_id",
                table: "workflow_incidents",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_incidents_resolved_at",
                table: "workflow_incidents",
                column: "resolved_at");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_correlation_id",
                table: "workflow_instances",
                column: "correlation_id");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_created_at",
                table: "workflow_instances",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_definition_id_definition_version",
                table: "workflow_instances",
                columns: new[] { "definition_id", "definition_version" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_instances_status",
                table: "workflow_instances",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_journal_instance_id_sequence",
                table: "workflow_journal",
                columns: new[] { "instance_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_workflow_journal_recorded_at",
                table: "workflow_journal",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_outbox_dispatched_at",
                table: "workflow_outbox",
                column: "dispatched_at");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_triggers_definition_id",
                table: "workflow_triggers",
                column: "definition_id");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_triggers_hash",
                table: "workflow_triggers",
                column: "hash");

            migrationBuilder.CreateIndex(
                name: "IX_workflow_triggers_next_due_at",
                table: "workflow_triggers",
                column: "next_due_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "human_tasks");

            migrationBuilder.DropTable(
                name: "workflow_bookmarks");

            migrationBuilder.DropTable(
                name: "workflow_definition_versions");

            migrationBuilder.DropTable(
                name: "workflow_drafts");

            migrationBuilder.DropTable(
                name: "workflow_incidents");

            migrationBuilder.DropTable(
                name: "workflow_instances");

            migrationBuilder.DropTable(
                name: "workflow_journal");

            migrationBuilder.DropTable(
                name: "workflow_outbox");

            migrationBuilder.DropTable(
                name: "workflow_triggers");
        }
    }
}
