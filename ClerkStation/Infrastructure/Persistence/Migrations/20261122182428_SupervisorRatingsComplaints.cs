using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SupervisorRatingsComplaints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", nullable: false),
                    ApplicantPhone = table.Column<string>(type: "TEXT", nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedToName = table.Column<string>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Resolution = table.Column<string>(type: "TEXT", nullable: true),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DemoHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FromDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ToDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemoHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RectificationTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClerkName = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CallbackDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FixDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CalledBackAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    CalledBackOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CallbackNote = table.Column<string>(type: "TEXT", nullable: true),
                    AppealReason = table.Column<string>(type: "TEXT", nullable: true),
                    AppealedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    AppealDecision = table.Column<string>(type: "TEXT", nullable: true),
                    AppealDecidedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FixedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    FixedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RectificationTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ServiceRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", nullable: false),
                    DepartmentCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClerkId = table.Column<string>(type: "TEXT", nullable: false),
                    ClerkName = table.Column<string>(type: "TEXT", nullable: false),
                    InvitedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", nullable: true),
                    RatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FollowUpLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    FollowUpComment = table.Column<string>(type: "TEXT", nullable: true),
                    FollowUpAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceRatings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Floor_Clerk",
                table: "Cases",
                columns: new[] { "Status", "AssignedClerkId", "AssignedClerkName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Floor_Open",
                table: "Cases",
                columns: new[] { "Status", "DepartmentCode", "ClaimedById", "ClaimedByName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Stats_Accepted",
                table: "Cases",
                columns: new[] { "AcceptedOn", "DepartmentCode", "ItemKind", "ItemCode", "AcceptedById", "AcceptedByName" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Stats_Decided",
                table: "Cases",
                columns: new[] { "DecidedAt", "ItemKind", "DepartmentCode", "AcceptedOn", "PromisedDays", "PausedWorkingDays", "AssignedClerkId", "AssignedClerkName" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_RecordedOn",
                table: "Complaints",
                columns: new[] { "Status", "RecordedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_OpenedOn",
                table: "RectificationTasks",
                column: "OpenedOn");

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_RatingId",
                table: "RectificationTasks",
                column: "RatingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RectificationTasks_Status_FixDue",
                table: "RectificationTasks",
                columns: new[] { "Status", "FixDue" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_CaseId",
                table: "ServiceRatings",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_RatedOn_DepartmentCode_Level_Excluded",
                table: "ServiceRatings",
                columns: new[] { "RatedOn", "DepartmentCode", "Level", "Excluded" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceRatings_Token",
                table: "ServiceRatings",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "DemoHistory");

            migrationBuilder.DropTable(
                name: "RectificationTasks");

            migrationBuilder.DropTable(
                name: "ServiceRatings");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Floor_Clerk",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Floor_Open",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Stats_Accepted",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Stats_Decided",
                table: "Cases");
        }
    }
}
