using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VisitsWindowsWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "CaseId",
                table: "ServiceRatings",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<Guid>(
                name: "VisitId",
                table: "ServiceRatings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Event = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Abandoned = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "WindowSeats",
                columns: table => new
                {
                    Window = table.Column<int>(type: "INTEGER", nullable: false),
                    ClerkId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClerkName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WindowSeats", x => x.Window);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_VisitId",
                table: "ServiceRatings",
                column: "VisitId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_DeliveredAt_Abandoned",
                table: "WebhookDeliveries",
                columns: new[] { "DeliveredAt", "Abandoned" });

            migrationBuilder.CreateIndex(
                name: "IX_WindowSeats_ClerkId",
                table: "WindowSeats",
                column: "ClerkId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");

            migrationBuilder.DropTable(
                name: "WindowSeats");

            migrationBuilder.DropIndex(
                name: "IX_ServiceRatings_VisitId",
                table: "ServiceRatings");

            migrationBuilder.DropColumn(
                name: "VisitId",
                table: "ServiceRatings");

            migrationBuilder.AlterColumn<Guid>(
                name: "CaseId",
                table: "ServiceRatings",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
