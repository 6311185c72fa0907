using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
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
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<Guid>(
                name: "VisitId",
                table: "ServiceRatings",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Event = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    PayloadJson = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    CreatedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    LastAttemptAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    DeliveredAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    Abandoned = table.Column<bool>(type: "boolean", nullable: false),
                    LastStatusCode = table.Column<int>(type: "integer", nullable: true),
                    LastError = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WebhookSubscriptions",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Url = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    Secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    UpdatedAt = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookSubscriptions", x => x.ClientId);
                });

            migrationBuilder.CreateTable(
                name: "WindowSeats",
                columns: table => new
                {
                    Window = table.Column<int>(type: "integer", nullable: false),
                    ClerkId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ClerkName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Since = table.Column<string>(type: "text", nullable: false, collation: "C")
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
