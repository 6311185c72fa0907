using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Domain.Forms;

/// <summary>Short field constructors for form tests.</summary>
internal static class F
{
    public static readonly DateOnly Today = new(2026, 3, 16);

    public static FieldDefinition Field(string key, FieldKind kind, bool required = false) =>
        new() { Key = key, Kind = kind, Label = new LocalizedText(key, key), Required = required };

    public static IReadOnlyList<FieldOption> Options(params string[] values) =>
        [.. values.Select(v => new FieldOption(v, new LocalizedText(v, v)))];

    public static FieldDefinition? Validate(FieldDefinition field, string? value, out FieldError? error)
    {
        var data = new FormData().Set(field.Key, value);
        error = FormValidator.ValidateField(field, data, data, Today, field.Key);
        return field;
    }

    public static string? ErrorCode(FieldDefinition field, string? value)
    {
        Validate(field, value, out var error);
        return error?.Code;
    }
}

/// <summary>Independent MOD 11-2 (weights 2^(18−i) mod 11) to build valid test IDs without the production code.</summary>
internal static class TestIds
{
    public static string Complete(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * (int)(Math.Pow(2, 17 - i) % 11);
        }

        var check = (12 - sum % 11) % 11;
        return first17 + (check == 10 ? "X" : check.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
