using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Tests.Domain.Intake;

/// <summary>Which materials an accepted case records, and how each was received.</summary>
public sealed class MaterialRecordTests
{
    private static readonly MaterialRequirement[] Materials =
    [
        new() { Code = "id-card", Name = new("居民身份证", "ID card"), Required = true },
        new() { Code = "hukou", Name = new("居民户口簿", "Household register"), Required = true, ELicense = true },
        new() { Code = "proxy", Name = new("委托书", "Power of attorney"), RequiredWhen = Condition.FieldEquals("byProxy", "yes") },
        new() { Code = "photo", Name = new("照片", "Photo") },
    ];

    [Fact]
    public void Required_materials_are_recorded_as_given_or_missing_and_unmarked_optional_ones_are_left_out()
    {
        var given = new Dictionary<string, MaterialStatus> { ["hukou"] = MaterialStatus.ELicense };

        var recorded = MaterialRules.Recorded(Materials, new FormData(), given);

        Assert.Equal([("id-card", MaterialStatus.Missing), ("hukou", MaterialStatus.ELicense)], recorded.Select(r => (r.Code, r.Status)));
    }

    [Fact]
    public void A_condition_the_form_meets_and_an_optional_material_the_clerk_marked_are_recorded()
    {
        var given = new Dictionary<string, MaterialStatus> { ["photo"] = MaterialStatus.Original };

        var recorded = MaterialRules.Recorded(Materials, new FormData().Set("byProxy", "yes"), given);

        Assert.Equal(["id-card", "hukou", "proxy", "photo"], recorded.Select(r => r.Code));
        Assert.Equal(MaterialStatus.Original, recorded.Single(r => r.Code == "photo").Status);
    }
}
