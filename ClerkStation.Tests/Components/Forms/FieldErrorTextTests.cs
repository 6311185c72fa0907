using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClerkStation.Tests.Components.Forms;

public sealed class FieldErrorTextTests
{
    private static readonly IStringLocalizer L = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));

    public static TheoryData<string> Codes() => [.. FieldErrorCodes.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_error_code_has_a_chinese_and_an_english_message(string code)
    {
        var zh = InCulture("zh-CN", () => L[FieldErrorText.ResourceKey(code)]);
        var en = InCulture("en-US", () => L[FieldErrorText.ResourceKey(code)]);

        Assert.False(zh.ResourceNotFound, code);
        Assert.False(en.ResourceNotFound, code);
        Assert.NotEqual(zh.Value, en.Value);
    }

    [Fact]
    public void Limits_are_formatted_into_the_message()
    {
        var error = new FieldError("age", FieldErrorCodes.Max, new Dictionary<string, string> { ["max"] = "120" });

        Assert.Equal("不能大于 120", InCulture("zh-CN", () => FieldErrorText.Format(L, error)));
        Assert.Equal("Must be at most 120", InCulture("en-US", () => FieldErrorText.Format(L, error)));
        Assert.Equal("At least 2 rows are needed", InCulture("en-US", () =>
            FieldErrorText.Format(L, new FieldError("members", FieldErrorCodes.RowsMin, new Dictionary<string, string> { ["minRows"] = "2" }))));
    }

    [Fact]
    public void A_catalog_pattern_message_wins_over_the_generic_one()
    {
        var field = F("babyName") with { Pattern = "\\p{IsCJKUnifiedIdeographs}{2,4}", PatternMessage = new("请填写 2 至 4 个汉字", "Enter 2 to 4 Chinese characters") };
        var data = new FormData().Set("babyName", "ab");
        var error = FormValidator.ValidateField(field, data, data, new DateOnly(2026, 3, 16), "babyName")!;

        Assert.Equal("请填写 2 至 4 个汉字", InCulture("zh-CN", () => FieldErrorText.Format(L, error)));
        Assert.Equal("Enter 2 to 4 Chinese characters", InCulture("en-US", () => FieldErrorText.Format(L, error)));
        Assert.Equal("格式不正确", InCulture("zh-CN", () => FieldErrorText.Format(L, new FieldError("x", FieldErrorCodes.Pattern))));
    }

    [Fact]
    public void An_unknown_code_falls_back_to_the_code()
    {
        Assert.Equal("no.such.code", FieldErrorText.Format(L, new FieldError("x", "no.such.code")));
    }

    private static FieldDefinition F(string key) =>
        new() { Key = key, Kind = FieldKind.Text, Label = new(key, key) };

    private static T InCulture<T>(string name, Func<T> action)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
