using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Ratings;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>A delivered case rated, mostly well; a bad rating opens its rectification task, called back and fixed while days allow.</summary>
public sealed partial class DemoHistoryBuilder
{
    private void Rate(Case @case, DateOnly today, DemoDay into)
    {
        var at = @case.DeliveredAt!.Value.AddMinutes(2);
        var day = DateOnly.FromDateTime(at.DateTime); // the demo's instants are written in the center's own offset, within working hours
        var rating = ServiceRating.Invite(@case.Id, @case.Number, @case.ItemCode, @case.ItemName, @case.DepartmentCode,
            @case.Delivery!.DeliveredById, @case.Delivery.DeliveredByName, RatingInvitations.NewToken(), at);
        var roll = _random.NextDouble();
        var level = roll < 0.72 ? RatingLevel.VerySatisfied : roll < 0.9 ? RatingLevel.Satisfied : roll < 0.96 ? RatingLevel.Basic
            : roll < 0.99 ? RatingLevel.Dissatisfied : RatingLevel.VeryDissatisfied;
        rating.Rate(level, level.IsBad() ? "等待时间太长，材料要求没有一次说清" : null, at, day);
        into.Ratings.Add(rating);
        if (!level.IsBad())
        {
            return;
        }
        var task = RectificationTask.Open(rating, at, day, calendar, policy);
        into.Tasks.Add(task);
        var callbackDay = Add(task.OpenedOn, _random.NextDouble() < 0.9 ? 1 : 2);
        if (callbackDay >= today)
        {
            return;
        }
        task.RecordCallback(staff.Supervisor, At(callbackDay, 10 * 60), callbackDay, "已电话回访，核实情况属实");
        var fixDay = Add(callbackDay, 2 + _random.Next(0, 16));
        if (fixDay >= today)
        {
            return;
        }
        task.RecordFix(staff.Supervisor, At(fixDay, 14 * 60), fixDay, "已优化窗口叫号与材料告知，并向申请人反馈");
        task.Close(staff.Supervisor, At(fixDay, 16 * 60));
    }
}
