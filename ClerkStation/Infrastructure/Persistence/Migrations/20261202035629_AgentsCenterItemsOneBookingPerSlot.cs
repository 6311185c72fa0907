using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
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
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Villages",
                table: "AspNetUsers",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AgentNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgentNotices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CenterItems",
                columns: table => new
                {
                    CenterId = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 1),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CenterItems", x => new { x.CenterId, x.ItemCode });
                });

            migrationBuilder.CreateTable(
                name: "SmsOutbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false)
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
