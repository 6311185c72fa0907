using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_DeliveredAt_Abandoned",
                table: "WebhookDeliveries",
                columns: new[] { "DeliveredAt", "Abandoned" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WebhookDeliveries");

            migrationBuilder.DropTable(
                name: "WebhookSubscriptions");
        }
    }
}
