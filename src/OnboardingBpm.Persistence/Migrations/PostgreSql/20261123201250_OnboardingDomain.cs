using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OnboardingBpm.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OnboardingDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    role = table.Column<string>(type: "text", nullable: true),
                    segment = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    resource_kind = table.Column<string>(type: "text", nullable: false),
                    resource_id = table.Column<string>(type: "text", nullable: false),
                    detail = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<string>(type: "text", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customer_contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name_cipher = table.Column<string>(type: "text", nullable: false),
                    email_cipher = table.Column<string>(type: "text", nullable: true),
                    phone_cipher = table.Column<string>(type: "text", nullable: true),
                    email_index = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    tier = table.Column<string>(type: "text", nullable: true),
                    region = table.Column<string>(type: "text", nullable: true),
                    salesforce_account_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    erased_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    subject_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_id = table.Column<string>(type: "text", nullable: false),
                    customer_id = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    escalated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    notified_supervisor = table.Column<string>(type: "text", nullable: true),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_escalations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kb_article_versions",
                columns: table => new
                {
                    article_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    author = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kb_article_versions", x => new { x.article_id, x.version });
                });

            migrationBuilder.CreateTable(
                name: "kb_articles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kb_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "onboarding_cases",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    customer_id = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    salesforce_case_id = table.Column<string>(type: "text", nullable: true),
                    transaction_id = table.Column<string>(type: "text", nullable: false),
                    phase = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    health_score = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_in_crm_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_contact_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    active_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    is_escalated = table.Column<bool>(type: "boolean", nullable: false),
                    contact_name_cipher = table.Column<string>(type: "text", nullable: true),
                    contact_email_cipher = table.Column<string>(type: "text", nullable: true),
                    contact_phone_cipher = table.Column<string>(type: "text", nullable: true),
                    workflow_instance_id = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "support_tickets",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    customer_id = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "text", nullable: true),
                    priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sla_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assignee = table.Column<string>(type: "text", nullable: true),
                    reopen_count = table.Column<int>(type: "integer", nullable: false),
                    first_contact_resolution = table.Column<bool>(type: "boolean", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    kb_article_id = table.Column<string>(type: "text", nullable: true),
                    kb_article_version = table.Column<int>(type: "integer", nullable: true),
                    kb_outdated = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_support_tickets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_invitations",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    customer_id = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_id = table.Column<string>(type: "text", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminder_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_invitations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    invitation_id = table.Column<string>(type: "text", nullable: false),
                    customer_id = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject_id = table.Column<string>(type: "text", nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: false),
                    comment_cipher = table.Column<string>(type: "text", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_survey_responses", x => x.invitation_id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_actor_at",
                table: "audit_log",
                columns: new[] { "actor", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "IX_audit_log_resource_kind_resource_id_at",
                table: "audit_log",
                columns: new[] { "resource_kind", "resource_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_id_at",
                table: "case_events",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_customer_contacts_customer_id_position",
                table: "customer_contacts",
                columns: new[] { "customer_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_contacts_email_index",
                table: "customer_contacts",
                column: "email_index");

            migrationBuilder.CreateIndex(
                name: "IX_customers_salesforce_account_id",
                table: "customers",
                column: "salesforce_account_id");

            migrationBuilder.CreateIndex(
                name: "IX_customers_segment_name",
                table: "customers",
                columns: new[] { "segment", "name" });

            migrationBuilder.CreateIndex(
                name: "IX_escalations_customer_id",
                table: "escalations",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_escalations_segment_escalated_at",
                table: "escalations",
                columns: new[] { "segment", "escalated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_escalations_subject_kind_subject_id",
                table: "escalations",
                columns: new[] { "subject_kind", "subject_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_kb_articles_title",
                table: "kb_articles",
                column: "title");

            migrationBuilder.CreateIndex(
                name: "IX_onboarding_cases_customer_id",
                table: "onboarding_cases",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_onboarding_cases_segment_status_submitted_at",
                table: "onboarding_cases",
                columns: new[] { "segment", "status", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "IX_onboarding_cases_transaction_id",
                table: "onboarding_cases",
                column: "transaction_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_assignee",
                table: "support_tickets",
                column: "assignee");

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_customer_id",
                table: "support_tickets",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_support_tickets_segment_status_created_at",
                table: "support_tickets",
                columns: new[] { "segment", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_survey_invitations_customer_id",
                table: "survey_invitations",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_invitations_token_hash",
                table: "survey_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_customer_id",
                table: "survey_responses",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_survey_responses_segment_answered_at",
                table: "survey_responses",
                columns: new[] { "segment", "answered_at" });

            // The audit log is append-only in the database itself, not only through the store.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log is append-only';
                END;
                $$;
                CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log; DROP FUNCTION IF EXISTS audit_log_append_only();");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "customer_contacts");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "kb_article_versions");

            migrationBuilder.DropTable(
                name: "kb_articles");

            migrationBuilder.DropTable(
                name: "onboarding_cases");

            migrationBuilder.DropTable(
                name: "support_tickets");

            migrationBuilder.DropTable(
                name: "survey_invitations");

            migrationBuilder.DropTable(
                name: "survey_responses");
        }
    }
}
