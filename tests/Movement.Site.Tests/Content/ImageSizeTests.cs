using System.Text;
using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Tests.Content;

public class ImageSizeTests
{
    [Theory]
    [InlineData("""<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80">""", 240, 80)]
    [InlineData("""<?xml version="1.0"?><svg width='300px' height='150.4px' viewBox="0 0 10 5">""", 300, 150)]
    [InlineData("""<svg viewBox="0 0 1200 630" xmlns="http://www.w3.org/2000/svg">""", 1200, 630)]
    public void An_svg_size_comes_from_its_width_and_height_or_its_view_box(string svg, int width, int height) =>
        Assert.Equal(new ImageSize(width, height), ImageSize.Read("a.svg", Encoding.UTF8.GetBytes(svg)));

    [Fact]
    public void A_png_size_comes_from_its_header()
    {
        byte[] png = [0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 2, 0x58, 0, 0, 1, 0x2c, 8, 6, 0, 0, 0];

        Assert.Equal(new ImageSize(600, 300), ImageSize.Read("card.PNG", png));
    }

    [Theory]
    [InlineData("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">")]
    [InlineData("a.webp", "RIFF")]
    [InlineData("a.png", "short")]
    public void An_unknown_size_is_null(string path, string content) =>
        Assert.Null(ImageSize.Read(path, Encoding.UTF8.GetBytes(content)));
}
