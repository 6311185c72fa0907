using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.Api;

/// <summary>A name in both languages.</summary>
public sealed record ApiText(string Zh, string En)
{
    public static ApiText From(LocalizedText text) => new(text.Zh, text.En);

    public static ApiText? FromOptional(LocalizedText? text) => text is null ? null : From(text);
}

/// <summary>One line of the catalog list: enough to pick an item.</summary>
public sealed record ApiCatalogItem(string Code, ApiText Name, string Department, string Kind, int PromisedDays, int? StatutoryDays, string Applicant);

/// <summary>
/// One item or bundle as an integrator fills it: the form (the same definition the counter renders and validates; send
/// values under each field's key) and the materials to declare (by code: Provided, Missing, ELicense, Commitment …).
/// </summary>
public sealed record ApiCatalogTarget(
    string Code,
    ApiText Name,
    bool IsBundle,
    IReadOnlyList<string> Parts,
    string Applicant,
    IReadOnlyList<ApiField> Form,
    IReadOnlyList<ApiMaterial> Materials);

/// <summary>
/// A form field. <c>kind</c> is the counter's field kind (Text, Number, Date, Select, Radio, MultiSelect, Checkbox,
/// Group, Section, Computed …); <c>conditional</c> means it is shown or required only for some answers (the server decides).
/// </summary>
public sealed record ApiField(
    string Key,
    string Kind,
    ApiText Label,
    bool Required,
    bool Conditional,
    decimal? Min,
    decimal? Max,
    string? MinDate,
    string? MaxDate,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    IReadOnlyList<ApiOption> Options,
    IReadOnlyList<ApiField> Fields,
    int? MinRows,
    int? MaxRows)
{
    public static ApiField From(FieldDefinition f) => new(
        f.Key, f.Kind.ToString(), ApiText.From(f.Label), f.Required, f.VisibleWhen is not null || f.RequiredWhen is not null,
        f.Min, f.Max, f.MinDate, f.MaxDate, f.MinLength, f.MaxLength, f.Pattern,
        [.. f.Options.Select(o => new ApiOption(o.Value, ApiText.From(o.Label)))], [.. f.Fields.Select(From)], f.MinRows, f.MaxRows);
}

public sealed record ApiOption(string Value, ApiText Label);

/// <summary>A material: its code (the key to declare it under), form (Original, Copy …), whether it is always required.</summary>
public sealed record ApiMaterial(string Code, ApiText Name, string Form, int Copies, bool Required, bool Conditional, bool ELicense, bool Commitment)
{
    public static ApiMaterial From(MaterialRequirement m) =>
        new(m.Code, ApiText.From(m.Name), m.Form.ToString(), m.Copies, m.Required, m.RequiredWhen is not null, m.ELicense, m.Commitment);
}

/// <summary>A bundle (一件事): one application for several items.</summary>
public sealed record ApiBundle(string Code, ApiText Name, IReadOnlyList<string> Parts);
