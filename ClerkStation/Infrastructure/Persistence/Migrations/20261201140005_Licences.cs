using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TypeCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LicenceUses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClerkId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ClerkName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
