using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class QueueTicketsAndVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "VisitId",
                table: "IntakeDecisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VisitId",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QueueDevices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RegisteredByName = table.Column<string>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueDevices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QueueTickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AppointmentStart = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AppointmentEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetWindow = table.Column<int>(type: "INTEGER", nullable: true),
                    TransferNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Window = table.Column<int>(type: "INTEGER", nullable: true),
                    ServedById = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ServedByName = table.Column<string>(type: "TEXT", nullable: true),
                    CalledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CallCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MissedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CurrentVisitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueTickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    Window = table.Column<int>(type: "INTEGER", nullable: false),
                    ClerkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClerkName = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Waited = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IntakeDecisions_VisitId",
                table: "IntakeDecisions",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_VisitId",
                table: "Cases",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_Day_Category_Sequence",
                table: "QueueTickets",
                columns: new[] { "Day", "Category", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_Day_Status",
                table: "QueueTickets",
                columns: new[] { "Day", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_ServedById_Status",
                table: "QueueTickets",
                columns: new[] { "ServedById", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_QueueTickets_Token",
                table: "QueueTickets",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Visits_Day_Category_Outcome",
                table: "Visits",
                columns: new[] { "Day", "Category", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_Visits_TicketId",
                table: "Visits",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "QueueDevices");

            migrationBuilder.DropTable(
                name: "QueueTickets");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropIndex(
                name: "IX_IntakeDecisions_VisitId",
                table: "IntakeDecisions");

            migrationBuilder.DropIndex(
                name: "IX_Cases_VisitId",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "VisitId",
                table: "IntakeDecisions");

            migrationBuilder.DropColumn(
                name: "VisitId",
                table: "Cases");
        }
    }
}
