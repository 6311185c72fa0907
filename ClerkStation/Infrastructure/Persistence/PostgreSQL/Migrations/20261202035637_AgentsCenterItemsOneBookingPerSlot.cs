using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL.Migrations
{
    /// <inheritdoc />
    public partial class AgentsCenterItemsOneBookingPerSlot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Taking",
                table: "PreApplications",
                type: "text",
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "Villages",
                table: "AspNetUsers",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "",
                collation: "C");

            migrationBuilder.CreateTable(
                name: "AgentNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ItemCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    ApplicantName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    CreatedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    ReadAt = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CenterItems",
                columns: table => new
                {
                    CenterId = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    ItemCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CenterItems", x => new { x.CenterId, x.ItemCode });
                });

            migrationBuilder.CreateTable(
                name: "SmsOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    SentAt = table.Column<string>(type: "text", nullable: true, collation: "C"),
                    NoticeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SmsOutbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_OnePerPersonPerSlot",
                table: "Appointments",
                columns: new[] { "CenterId", "SlotStart", "IdNumber" },
                unique: true,
                filter: "\"Place\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AgentNotices_AgentId",
                table: "AgentNotices",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_CenterItems_CenterId",
                table: "CenterItems",
                column: "CenterId");

            migrationBuilder.CreateIndex(
                name: "IX_SmsOutbox_Status",
                table: "SmsOutbox",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgentNotices");

            migrationBuilder.DropTable(
                name: "CenterItems");

            migrationBuilder.DropTable(
                name: "SmsOutbox");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_OnePerPersonPerSlot",
                table: "Appointments");

            migrationBuilder.DropColumn(
                name: "Taking",
                table: "PreApplications");

            migrationBuilder.DropColumn(
                name: "Villages",
                table: "AspNetUsers");
        }
    }
}
