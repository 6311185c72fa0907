using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClerkStation.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PracticeWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TraineeId = table.Column<string>(type: "TEXT", nullable: false),
                    ScenarioCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignedById = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedByName = table.Column<string>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    CompletedRunId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TraineeId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    TraineeName = table.Column<string>(type: "TEXT", nullable: false),
                    ScenarioCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DepartmentCode = table.Column<string>(type: "TEXT", nullable: false),
                    ExpectedTarget = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    Abandoned = table.Column<bool>(type: "INTEGER", nullable: false),
                    FormErrors = table.Column<int>(type: "INTEGER", nullable: false),
                    ActualTarget = table.Column<string>(type: "TEXT", nullable: true),
                    ActualDecision = table.Column<string>(type: "TEXT", nullable: true),
                    OutcomeNumbers = table.Column<string>(type: "TEXT", nullable: true),
                    Points = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    MaxPoints = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: true),
                    FeedbackJson = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingScenarios",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedByName = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingScenarios", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "WorkspacePreferences",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Practice = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkspacePreferences", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_TraineeId",
                table: "TrainingAssignments",
                column: "TraineeId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRuns_TraineeId_StartedAt",
                table: "TrainingRuns",
                columns: new[] { "TraineeId", "StartedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingAssignments");

            migrationBuilder.DropTable(
                name: "TrainingRuns");

            migrationBuilder.DropTable(
                name: "TrainingScenarios");

            migrationBuilder.DropTable(
                name: "WorkspacePreferences");
        }
    }
}
