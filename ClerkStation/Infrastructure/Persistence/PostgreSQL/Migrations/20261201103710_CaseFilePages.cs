using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class CaseFilePages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MaterialPages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmissionKey = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    MaterialCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    PageOrder = table.Column<int>(type: "integer", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    SheetCount = table.Column<int>(type: "integer", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    UploadedByName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    UploadedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    FromSupplement = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaterialPages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaterialPages_CaseId",
                table: "MaterialPages",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialPages_Hash",
                table: "MaterialPages",
                column: "Hash");

            migrationBuilder.CreateIndex(
                name: "IX_MaterialPages_SubmissionKey",
                table: "MaterialPages",
                column: "SubmissionKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaterialPages");
        }
    }
}
