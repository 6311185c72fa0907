using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Tests.Domain.Intake;

/// <summary>The clerk chooses the notice's lines; the domain words them, so a stale page or a forged request cannot record its own text.</summary>
public sealed class NoticeSettlementTests
{
    private static readonly NoticeLine IdCard = new(NoticeLineKind.Material, "id-card", new("居民身份证", "ID card"), LocalizedText.Empty)
    {
        ProblemCode = NoticeCodes.Material,
        Args = new Dictionary<string, string> { ["forms"] = "Original", ["copies"] = "1" },
    };

    private static readonly NoticeLine Bank = new(NoticeLineKind.Field, "bankName", new("开户银行", "Bank"), LocalizedText.Empty) { ProblemCode = NoticeCodes.FieldMissing };

    private static readonly NoticeProposal Proposal = new([IdCard], [Bank]);

    private static NoticeLine Sent(NoticeLineKind kind, string code, string name) => new(kind, code, new(name, name), LocalizedText.Empty) { ProblemCode = "anything" };

    [Fact]
    public void A_chosen_line_is_recorded_as_the_domain_words_it_not_as_the_browser_sent_it()
    {
        var settled = NoticeSettlement.Settle(Proposal, [Sent(NoticeLineKind.Material, "id-card", "请带 100 元现金")]);

        Assert.Empty(settled.Problems);
        var line = Assert.Single(settled.Lines);
        Assert.Same(IdCard, line);
        Assert.Equal("居民身份证", line.Name.Zh);
    }

    [Fact]
    public void An_offered_blank_may_be_chosen_and_the_clerks_order_is_kept()
    {
        var settled = NoticeSettlement.Settle(Proposal, [Sent(NoticeLineKind.Field, "bankName", "x"), NoticeLine.Free("free-9", "  带户口本原件  "), IdCard]);

        Assert.Equal(["bankName", "free-1", "id-card"], settled.Lines.Select(l => l.Code));
        Assert.Equal("带户口本原件", settled.Lines[1].Name.Zh);
        Assert.Equal(NoticeCodes.FieldMissing, settled.Lines[0].ProblemCode);
    }

    [Theory]
    [InlineData(NoticeLineKind.Material, "hukou")] // a material the application does not lack
    [InlineData(NoticeLineKind.Field, "id-card")] // the right code under the wrong kind
    [InlineData(NoticeLineKind.Field, "../../etc")] // a path the form does not have
    public void A_line_the_domain_does_not_propose_is_refused_at_its_place(NoticeLineKind kind, string code)
    {
        var settled = NoticeSettlement.Settle(Proposal, [IdCard, Sent(kind, code, "伪造")]);

        Assert.Equal([new NoticeChoiceProblem(1, NoticeCodes.LineNotProposed)], settled.Problems);
        Assert.Equal(["id-card"], settled.Lines.Select(l => l.Code));
    }

    [Fact]
    public void A_line_chosen_twice_is_recorded_once()
    {
        var settled = NoticeSettlement.Settle(Proposal, [IdCard, IdCard]);

        Assert.Empty(settled.Problems);
        Assert.Single(settled.Lines);
    }

    [Fact]
    public void Typed_lines_are_trimmed_blank_ones_dropped_and_overlong_ones_refused()
    {
        var tooLong = new string('长', NoticeSettlement.FreeLineMaxLength + 1);

        var settled = NoticeSettlement.Settle(Proposal, [NoticeLine.Free("free-1", "   "), NoticeLine.Free("free-2", tooLong), NoticeLine.Free("free-3", new string('好', NoticeSettlement.FreeLineMaxLength))]);

        Assert.Equal([new NoticeChoiceProblem(1, NoticeCodes.FreeLineTooLong)], settled.Problems);
        Assert.Equal(NoticeSettlement.FreeLineMaxLength, Assert.Single(settled.Lines).Name.Zh.Length);
    }
}
