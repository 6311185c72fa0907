using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DraftsPerTab : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_FormDrafts",
                table: "FormDrafts");

            migrationBuilder.AddColumn<Guid>(
                name: "SubmissionKey",
                table: "FormDrafts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddPrimaryKey(
                name: "PK_FormDrafts",
                table: "FormDrafts",
                columns: new[] { "UserId", "SubmissionKey" });

            // Hand-written: a draft kept from before gets a key of its own (a shared empty key would make the decisions
            // of two clerks' restored drafts one submission). Keep this when regenerating the migration.
            migrationBuilder.Sql(
                "UPDATE FormDrafts SET SubmissionKey = hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6)) " +
                "WHERE SubmissionKey = '00000000-0000-0000-0000-000000000000';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_FormDrafts",
                table: "FormDrafts");

            migrationBuilder.DropColumn(
                name: "SubmissionKey",
                table: "FormDrafts");

            migrationBuilder.AddPrimaryKey(
                name: "PK_FormDrafts",
                table: "FormDrafts",
                column: "UserId");
        }
    }
}
