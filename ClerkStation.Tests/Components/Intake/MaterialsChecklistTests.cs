using System.Reflection;
using Bunit;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Intake;
using Mediator;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>
/// The counter's materials checklist shows what <see cref="MaterialRules"/> decides, not a rule of its own: which materials
/// are missing (required by the item or by what the form says, and not given in an allowed way), and which ways of giving
/// each one the clerk may tick.
/// </summary>
public sealed class MaterialsChecklistTests : MudComponentTest
{
    private static readonly MaterialRequirement IdCard = new()
    {
        Code = "id-card", Name = new LocalizedText("居民身份证", "Resident ID card"), Form = MaterialForm.Original, Required = true,
    };

    private static readonly MaterialRequirement Photo = new()
    {
        Code = "photo", Name = new LocalizedText("照片", "Photo"), Form = MaterialForm.Copy, Required = false,
    };

    private static readonly MaterialRequirement MarriageCertificate = new()
    {
        Code = "marriage", Name = new LocalizedText("结婚证", "Marriage certificate"), Form = MaterialForm.OriginalAndCopy,
        RequiredWhen = new EqualsCondition("married", "yes"), Commitment = true,
    };

    private static readonly IntakeTarget Target = new()
    {
        Code = "T-1", Name = new LocalizedText("测试事项", "Test item"), Parts = [], Form = FormDefinition.Empty,
        Materials = [IdCard, Photo, MarriageCertificate],
    };

    private readonly Dictionary<string, MaterialStatus> _statuses = [];
    private int _changes;

    public MaterialsChecklistTests()
        : base(services => services.AddSingleton(DispatchProxy.Create<IMediator, NoMediator>()))
    {
    }

    private IRenderedComponent<MaterialsChecklist> RenderList(FormData data, bool showMissing = true) => Render<MaterialsChecklist>(p => p
        .Add(c => c.Target, Target)
        .Add(c => c.Data, data)
        .Add(c => c.Statuses, _statuses)
        .Add(c => c.ShowMissing, showMissing)
        .Add(c => c.OnChanged, EventCallback.Factory.Create(this, () => _changes++)));

    private static bool ShownMissing(IRenderedComponent<MaterialsChecklist> cut, string code) =>
        cut.Find($"tr[data-material={code}]").ClassList.Contains("cs-missing");

    [Fact]
    public void A_required_material_not_received_is_shown_missing_an_optional_one_is_not()
    {
        var cut = RenderList(new FormData());

        Assert.True(ShownMissing(cut, "id-card"));
        Assert.False(ShownMissing(cut, "photo"));
    }

    [Fact]
    public void A_required_material_received_in_an_allowed_way_is_not_missing()
    {
        _statuses["id-card"] = MaterialStatus.Original;

        Assert.False(ShownMissing(RenderList(new FormData()), "id-card"));
    }

    [Fact]
    public void A_material_given_in_a_way_its_item_does_not_allow_is_still_missing()
    {
        _statuses["id-card"] = MaterialStatus.Copy; // the ID card is asked for as an original only

        Assert.True(ShownMissing(RenderList(new FormData()), "id-card"));
    }

    [Fact]
    public void A_conditional_material_is_missing_only_when_the_form_makes_it_required()
    {
        Assert.False(ShownMissing(RenderList(new FormData().Set("married", "no")), "marriage"));
        Assert.True(ShownMissing(RenderList(new FormData().Set("married", "yes")), "marriage"));
    }

    [Fact]
    public void Nothing_is_highlighted_before_the_clerk_tries_to_decide()
    {
        var cut = RenderList(new FormData(), showMissing: false);

        Assert.Empty(cut.FindAll("tr.cs-missing"));
    }

    [Theory]
    [InlineData("id-card")]
    [InlineData("photo")]
    [InlineData("marriage")]
    public void Each_material_offers_exactly_the_ways_the_catalog_allows(string code)
    {
        var material = Target.Materials.Single(m => m.Code == code);

        var offered = RenderList(new FormData()).FindAll($"tr[data-material={code}] input[type=radio]");

        Assert.Equal(MaterialRules.AllowedStatuses(material).Count, offered.Count);
    }

    [Fact]
    public void Ticking_a_way_records_it_for_the_decision()
    {
        var cut = RenderList(new FormData());

        cut.FindAll("tr[data-material=id-card] input[type=radio]")[0].Change(true); // what a browser sends when a radio is chosen (click, Space or an arrow key)

        Assert.Equal(MaterialStatus.Original, _statuses["id-card"]);
        Assert.Equal(1, _changes);
        Assert.False(ShownMissing(cut, "id-card"));
    }

    /// <summary>The checklist asks the mediator only for pages (with a submission key) or licences (with a holder): neither here.</summary>
    public class NoMediator : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"The checklist sent {targetMethod?.Name} without a holder or submission key.");
    }
}
