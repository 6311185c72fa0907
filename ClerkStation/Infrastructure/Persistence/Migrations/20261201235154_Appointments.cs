using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SlotEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Place = table.Column<int>(type: "INTEGER", nullable: true),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BookedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    BookedById = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BookedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    BodyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CheckedInAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
