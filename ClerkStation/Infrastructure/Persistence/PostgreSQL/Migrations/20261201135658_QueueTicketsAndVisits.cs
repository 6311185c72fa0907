using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "VisitId",
                table: "Cases",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "QueueDevices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    RegisteredAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegisteredByName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RevokedAt = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueDevices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QueueTickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false, collation: "C"),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AppointmentStart = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    AppointmentEnd = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    IssuedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TargetWindow = table.Column<int>(type: "integer", nullable: true),
                    TransferNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Window = table.Column<int>(type: "integer", nullable: true),
                    ServedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    ServedByName = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CalledAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CallCount = table.Column<int>(type: "integer", nullable: false),
                    MissedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    FinishedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    CurrentVisitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QueueTickets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: false),
                    TicketNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Category = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false, collation: "C"),
                    Window = table.Column<int>(type: "integer", nullable: false),
                    ClerkId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ClerkName = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Waited = table.Column<TimeSpan>(type: "interval", nullable: false),
                    EndedAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true)
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
