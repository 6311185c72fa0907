using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Domain.Forms;

public class FormDataTests
{
    [Fact]
    public void Json_round_trip_is_lossless()
    {
        const string json = """{"householdSize":"3","reasons":["illness"],"members":[{"name":"王芳","relation":"spouse","skills":[]},{"name":"王小","relation":"child"}],"note":null,"empty":[]}""";
        var data = FormData.FromJson(json);
        Assert.Equal(json, data.ToJson());
        Assert.Equal(json, FormData.FromJson(data.ToJson()).ToJson());
        Assert.Equal("3", data.Get("householdSize"));
        Assert.Equal(["illness"], data.GetList("reasons"));
        Assert.Equal("spouse", data.Rows("members")[0].Get("relation"));
        Assert.Null(data.Get("note"));
        Assert.True(data.Has("note"));
        Assert.Empty(data.Rows("empty"));   // an empty array can become rows
    }

    [Fact]
    public void Built_data_serialises_in_the_contract_shape()
    {
        var data = new FormData().Set("householdSize", "3").SetList("reasons", ["illness", "disability"]);
        data.AddRow("members").Set("name", "王芳");
        Assert.Equal("""{"householdSize":"3","reasons":["illness","disability"],"members":[{"name":"王芳"}]}""", data.ToJson());
    }

    [Fact]
    public void Numbers_and_booleans_are_read_as_their_text()
    {
        var data = FormData.FromJson("""{ "size": 3, "agree": true, "price": 2.50 }""");
        Assert.Equal("3", data.Get("size"));
        Assert.Equal("true", data.Get("agree"));
        Assert.Equal("2.50", data.Get("price"));
    }

    [Fact]
    public void Malformed_shapes_are_refused()
    {
        Assert.Throws<FormatException>(() => FormData.FromJson("[1,2]"));
        Assert.Throws<FormatException>(() => FormData.FromJson("""{ "a": { "b": "c" } }"""));
    }

    [Fact]
    public void Clone_is_deep()
    {
        var data = new FormData().Set("a", "1").SetList("l", ["x"]);
        data.AddRow("g").Set("n", "1");
        var copy = data.Clone();
        copy.Set("a", "2");
        copy.Rows("g")[0].Set("n", "2");
        copy.AddRow("g");
        copy.SetList("l", ["y"]);
        Assert.Equal("1", data.Get("a"));
        Assert.Equal("1", data.Rows("g")[0].Get("n"));
        Assert.Single(data.Rows("g"));
        Assert.Equal(["x"], data.GetList("l"));
    }

    [Fact]
    public void Rows_add_remove_and_reading_does_not_create()
    {
        var data = new FormData();
        Assert.Empty(data.GetRows("members"));
        Assert.False(data.Has("members"));
        data.AddRow("members").Set("name", "a");
        data.AddRow("members").Set("name", "b");
        data.RemoveRow("members", 0);
        data.RemoveRow("members", 5);
        Assert.Equal("b", Assert.Single(data.Rows("members")).Get("name"));
        Assert.Null(data.Get("members"));
    }
}
