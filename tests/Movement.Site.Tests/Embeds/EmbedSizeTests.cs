using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Movement.Site.Tests.SocialCards;
using Movement.Testing;

namespace Movement.Site.Tests.Embeds;

public class EmbedSizeTests
{
    private static async Task<int> FrameHeightAsync(int width, int height)
    {
        var site = await TestSite.BuildAsync(OneResourceSite.With("art.svg", $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\"/>"));
        site.AssertSucceeded();
        var oembed = JsonNode.Parse(site.Text("api/v1/oembed/awareness-week/2025/resources/art.json"))!;
        var frame = new HtmlParser().ParseDocument(oembed["html"]!.GetValue<string>()).QuerySelector("iframe")!;
        Assert.Equal(oembed["height"]!.GetValue<int>().ToString(), frame.GetAttribute("height"));
        Assert.Null(frame.GetAttribute("style"));
        return int.Parse(frame.GetAttribute("height")!);
    }

    [Fact]
    public async Task The_frame_follows_the_shape_of_the_artwork()
    {
        var wide = await FrameHeightAsync(1200, 630);
        var square = await FrameHeightAsync(1080, 1080);
        var tall = await FrameHeightAsync(800, 1200);

        // The picture is drawn 274 px wide: its height is the difference the shapes make.
        Assert.Equal(274 - 144, square - wide);
        Assert.Equal(411 - 274, tall - square);
    }

    [Fact]
    public async Task A_small_picture_is_not_counted_larger_than_it_shows()
    {
        Assert.Equal(await FrameHeightAsync(1200, 400) - 92 + 80, await FrameHeightAsync(240, 80));
    }
}
