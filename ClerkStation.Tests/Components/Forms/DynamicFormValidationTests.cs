using Bunit;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>Validating the whole form as the server does, and the server's errors shown at their fields until edited.</summary>
[Collection("DynamicForm")] // one form at a time, as when these were one class
public sealed class DynamicFormValidationTests : FormTestContext
{
    [Fact]
    public async Task ValidateAll_reports_the_same_errors_as_the_server_validator_and_focuses_the_first()
    {
        var form = TestForms.Household();
        var data = new FormData().Set("idNumber", "110105194912310021").Set("hasVehicle", "yes").Set("vehicleValue", "-5");
        data.AddRow("members").Set("name", "甲").Set("monthlyIncome", "abc");
        data.AddRow("members").Set("monthlyIncome", "-1");
        var expected = FormValidator.Validate(form, data.Clone(), Today).Errors;
        var cut = RenderForm(form, data);

        var valid = await cut.InvokeAsync(() => cut.Instance.ValidateAll());

        Assert.False(valid);
        Assert.Equal(expected.ToHashSet(new ErrorComparer()), cut.Instance.CurrentErrors.ToHashSet(new ErrorComparer()));
        Assert.Contains(expected, e => e.Path == "members[1].name");
        foreach (var error in expected)
        {
            var id = "f-" + error.Path.Replace("[", "-", StringComparison.Ordinal).Replace("].", "-", StringComparison.Ordinal).Replace('.', '-');
            Assert.False(string.IsNullOrWhiteSpace(cut.Find($"#{id}-error").TextContent), error.ToString());
        }

        Assert.Equal("不能小于 0", cut.Find("#f-vehicleValue-error").TextContent.Trim());
        Assert.Equal("必须勾选此项", cut.Find("#f-declaration-error").TextContent.Trim());
        var focus = JSInterop.VerifyInvoke("clerkStation.focus");
        Assert.Equal("#f-" + expected[0].Path, focus.Arguments[0]);
    }

    [Fact]
    public async Task ValidateAll_is_true_for_valid_data()
    {
        var data = new FormData().Set("idNumber", ValidId).Set("hasVehicle", "no").Set("declaration", "true");
        data.AddRow("members").Set("name", "甲");
        var cut = RenderForm(TestForms.Household(), data);

        Assert.True(await cut.InvokeAsync(() => cut.Instance.ValidateAll()));
        Assert.Empty(cut.Instance.CurrentErrors);
        Assert.Empty(cut.FindAll(".mud-input-error"));
    }

    [Fact]
    public void Server_errors_appear_at_the_field_with_that_path_until_it_is_edited()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲");
        data.AddRow("members").Set("name", "乙").Set("monthlyIncome", "5");
        var errors = new[]
        {
            new FieldError("members[1].monthlyIncome", FieldErrorCodes.Max, new Dictionary<string, string> { ["max"] = "3" }),
            new FieldError("idNumber", FieldErrorCodes.ResidentIdProvince),
        };
        var cut = RenderForm(TestForms.Household(), data, errors);

        Assert.Equal("不能大于 3", cut.Find("#f-members-1-monthlyIncome-error").TextContent.Trim());
        Assert.Equal("true", cut.Find("#f-members-1-monthlyIncome").GetAttribute("aria-invalid"));
        Assert.Equal("身份证号的地区码无效", cut.Find("#f-idNumber-error").TextContent.Trim());
        Assert.Empty(cut.FindAll("#f-members-0-monthlyIncome-error"));
        Assert.Equal(2, cut.Instance.CurrentErrors.Count);

        Type(cut, "#f-members-1-monthlyIncome", "2");
        Assert.Empty(cut.FindAll("#f-members-1-monthlyIncome-error"));
        Assert.Single(cut.Instance.CurrentErrors);
    }

    [Fact]
    public async Task A_required_check_box_left_unticked_is_invalid_and_ticking_it_clears_the_error()
    {
        var data = new FormData().Set("idNumber", ValidId).Set("hasVehicle", "no");
        data.AddRow("members").Set("name", "甲");
        var cut = RenderForm(TestForms.Household(), data);

        Assert.False(await cut.InvokeAsync(() => cut.Instance.ValidateAll()));
        var box = cut.Find("#f-declaration");
        Assert.Equal("checkbox", box.GetAttribute("type"));
        Assert.Equal("true", box.GetAttribute("aria-invalid"));
        Assert.Equal("true", box.GetAttribute("aria-required"));
        Assert.Equal("f-declaration-error", box.GetAttribute("aria-describedby"));
        Assert.Equal("本人承诺", box.ParentElement!.ParentElement!.QuerySelector(".mud-typography")!.ChildNodes[0].TextContent);

        cut.Find("#f-declaration").Change(true);

        Assert.Equal("true", data.Get("declaration"));
        Assert.Empty(cut.FindAll("#f-declaration-error"));
        Assert.True(cut.Find("#f-declaration").HasAttribute("checked"));
    }

    private sealed class ErrorComparer : IEqualityComparer<FieldError>
    {
        public bool Equals(FieldError? x, FieldError? y) =>
            x is not null && y is not null && x.Path == y.Path && x.Code == y.Code && x.Args.OrderBy(a => a.Key).SequenceEqual(y.Args.OrderBy(a => a.Key));

        public int GetHashCode(FieldError obj) => HashCode.Combine(obj.Path, obj.Code);
    }
}
