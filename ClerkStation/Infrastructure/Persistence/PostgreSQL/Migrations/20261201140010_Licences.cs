using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class Licences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TypeCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    HolderId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    HolderName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    RecordedAt = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LicenceUses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LicenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    MaterialCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ClerkId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    ClerkName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    At = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LicenceUses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LicenceUses_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Licences_CaseNumber_TypeCode",
                table: "Licences",
                columns: new[] { "CaseNumber", "TypeCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licences_HolderId",
                table: "Licences",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_TypeCode_Number",
                table: "Licences",
                columns: new[] { "TypeCode", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licences_ValidUntil",
                table: "Licences",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_LicenceUses_CaseId",
                table: "LicenceUses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_LicenceUses_LicenceId",
                table: "LicenceUses",
                column: "LicenceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LicenceUses");

            migrationBuilder.DropTable(
                name: "Licences");
        }
    }
}
