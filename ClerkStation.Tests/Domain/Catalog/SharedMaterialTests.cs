namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.

/// <summary>materials.json: shared definitions that items reference by code, overriding what differs.</summary>
public class SharedMaterialTests
{
    private const string Shared = """
        { "materials": [
          { "code": "household-register", "name": { "zh": "户口簿", "en": "Household register" }, "form": "original",
            "required": true, "eLicense": true }
        ] }
        """;

    private const string MzInline = """
              { "code": "household-register", "name": { "zh": "户口簿", "en": "Household register" }, "form": "original",
                "copies": 1, "required": true, "requiredWhen": null, "eLicense": true, "commitment": false },
        """;

    private const string WjInline = """{ "code": "household-register", "name": { "zh": "户口簿", "en": "Household register" }, "form": "copy", "copies": 2, "required": false }""";

    /// <summary>The fixture with household-register shared: MZ-001 references it as is, WJ-001 overrides three fields.</summary>
    private static List<(string FileName, string Json)> SharedFiles(string shared = Shared, string mz = "\"household-register\",", string? wj = null)
    {
        var files = With("items/mz.json", MzInline.TrimStart(), mz + "\n");
        var index = files.FindIndex(f => f.FileName == "items/wj.json");
        Assert.Contains(WjInline, files[index].Json, StringComparison.Ordinal);
        files[index] = (files[index].FileName, files[index].Json.Replace(
            WjInline, wj ?? """{ "use": "household-register", "form": "copy", "copies": 2, "required": false, "eLicense": false }""", StringComparison.Ordinal));
        files.Add(("materials.json", shared));
        return files;
    }

    [Fact]
    public void References_with_overrides_load_to_the_same_catalog_as_full_definitions()
    {
        var inline = CatalogLoader.LoadFromFiles(Files());
        var shared = CatalogLoader.LoadFromFiles(SharedFiles());

        Assert.True(shared.IsValid, string.Join("\n", shared.Problems));
        Assert.Equal(CatalogSnapshot.Of(inline.Catalog!), CatalogSnapshot.Of(shared.Catalog!));
    }

    [Fact]
    public void A_reference_keeps_the_shared_note_and_an_override_of_null_removes_it()
    {
        var withNote = Shared.Replace("\"eLicense\": true }", "\"eLicense\": true, \"note\": { \"zh\": \"可共享\", \"en\": \"Shared\" } }", StringComparison.Ordinal);
        var wj = """{ "use": "household-register", "form": "copy", "copies": 2, "required": false, "eLicense": false, "note": null }""";
        var catalog = CatalogLoader.LoadFromFiles(SharedFiles(withNote, wj: wj)).Catalog!;

        Assert.Equal("可共享", catalog.FindItem("MZ-001")!.Materials[0].Note!.Zh);
        Assert.Null(catalog.FindItem("WJ-001")!.Materials[0].Note);
    }

    [Fact]
    public void An_unknown_material_code_is_reported_at_the_reference_with_a_suggestion()
    {
        var problem = SingleProblem(SharedFiles(mz: "\"household-registr\","));

        Assert.Equal(("items/mz.json", "MZ-001", "$.items[0].materials[0]"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("unknown material 'household-registr'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'household-register'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_in_a_reference_with_overrides_is_reported_at_use()
    {
        var problem = SingleProblem(SharedFiles(wj: """{ "use": "hukou", "required": false }"""));

        Assert.Equal(("items/wj.json", "WJ-001", "$.items[0].materials[0].use"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("unknown material 'hukou'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overriding_a_field_a_material_does_not_have_is_reported_with_what_may_be_overridden()
    {
        var problem = SingleProblem(SharedFiles(mz: """{ "use": "household-register", "colour": "red" },"""));

        Assert.Equal(("items/mz.json", "MZ-001", "$.items[0].materials[0].colour"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("material 'household-register' has no field 'colour' to override", problem.Message, StringComparison.Ordinal);
        Assert.Contains("requiredWhen", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_cannot_rename_the_material_code()
    {
        var problem = SingleProblem(SharedFiles(mz: """{ "use": "household-register", "code": "hukou" },"""));

        Assert.Equal("$.items[0].materials[0].code", problem.JsonPath);
        Assert.Contains("takes its code from 'use'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unused_shared_material_is_reported_in_materials_json()
    {
        var unused = Shared.Replace("] }", """, { "code": "photo", "name": { "zh": "照片", "en": "Photo" }, "form": "original", "required": true } ] }""", StringComparison.Ordinal);
        var problem = SingleProblem(SharedFiles(unused));

        Assert.Equal(("materials.json", "photo", "$.materials[1].code"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("shared material 'photo' is used by no item", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_local_material_may_not_reuse_a_shared_code()
    {
        var problem = SingleProblem(SharedFiles(wj: WjInline));

        Assert.Equal(("items/wj.json", "WJ-001", "$.items[0].materials[0].code"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("is a shared material of materials.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_material_cannot_carry_requiredWhen()
    {
        var conditional = Shared.Replace("\"eLicense\": true }", "\"eLicense\": true, \"requiredWhen\": { \"field\": \"x\", \"notEmpty\": true } }", StringComparison.Ordinal);
        var problem = SingleProblem(SharedFiles(conditional));

        Assert.Equal(("materials.json", "household-register", "$.materials[0].requiredWhen"), (problem.File, problem.ItemCode, problem.JsonPath));
    }

    [Fact]
    public void A_conditional_override_on_a_material_that_stays_required_is_reported()
    {
        var problem = SingleProblem(SharedFiles(mz: """{ "use": "household-register", "requiredWhen": { "field": "maritalStatus", "equals": "married" } },"""));

        Assert.Equal(("items/mz.json", "MZ-001", "$.items[0].materials[0].requiredWhen"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("requiredWhen has no effect", problem.Message, StringComparison.Ordinal);
    }
}
