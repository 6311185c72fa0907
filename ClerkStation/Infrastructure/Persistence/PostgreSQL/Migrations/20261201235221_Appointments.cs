using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class Appointments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false, collation: "C"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    SlotStart = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SlotEnd = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Place = table.Column<int>(type: "integer", nullable: true),
                    ApplicantName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false, collation: "C"),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BookedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    BookedById = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    BookedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    IdempotencyKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    BodyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    CheckedInAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    TicketNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C"),
                    CancelledAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_BookedById_IdempotencyKey",
                table: "Appointments",
                columns: new[] { "BookedById", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Code",
                table: "Appointments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Day_IdNumber",
                table: "Appointments",
                columns: new[] { "Day", "IdNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_SlotStart_Category_Place",
                table: "Appointments",
                columns: new[] { "SlotStart", "Category", "Place" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");
        }
    }
}
