using Movement.Site.Images;
using SkiaSharp;

namespace Movement.Site.Tests.Images;

public class PictureDrawerTests
{
    /// <summary>Skia's WebP, JPEG and PNG encoders, each checked for the same bytes on a second drawing.</summary>
    [Theory]
    [InlineData("photo.jpg", SKEncodedImageFormat.Jpeg)]
    [InlineData("chart.png", SKEncodedImageFormat.Png)]
    [InlineData("art.webp", SKEncodedImageFormat.Webp)]
    public void Each_copy_has_the_size_and_format_its_markup_says_and_the_same_bytes_each_time(string file, SKEncodedImageFormat format)
    {
        var original = TestPictures.Draw(2000, 1000, format);
        var picture = ContentPicture.Of(file, original)!;

        Assert.NotEmpty(picture.Drawn);
        foreach (var variant in picture.Drawn)
        {
            var drawn = PictureDrawer.Draw(original, variant);
            Assert.Equal(drawn, PictureDrawer.Draw(original, variant));
            using var codec = SKCodec.Create(new MemoryStream(drawn));
            Assert.Equal((variant.Width, variant.Height), (codec.Info.Width, codec.Info.Height));
            Assert.Equal(variant.Format, codec.EncodedFormat.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void A_phone_photo_turned_by_its_exif_is_measured_and_drawn_upright()
    {
        var original = TestPictures.TurnedJpeg(storedWidth: 1200, storedHeight: 900);

        var picture = ContentPicture.Of("files/phone.jpg", original)!;

        Assert.Equal((900, 1200), (picture.Width, picture.Height));
        var copy = picture.Drawn.First(v => v.Format == "jpeg");
        using var bitmap = SKBitmap.Decode(PictureDrawer.Draw(original, copy));
        Assert.Equal((480, 640), (bitmap.Width, bitmap.Height));

        // The white circle, stored a third of the way across, is a third of the way down once turned.
        var circle = bitmap.GetPixel(240, 213);
        Assert.True(circle.Red > 230 && circle.Green > 230 && circle.Blue > 230, $"Expected white at the turned circle, found {circle}.");
    }

    [Fact]
    public void A_picture_is_never_enlarged_and_the_widest_copy_is_capped()
    {
        var small = ContentPicture.Of("files/small.png", TestPictures.Draw(600, 400, SKEncodedImageFormat.Png))!;
        var huge = ContentPicture.Of("files/huge.jpg", TestPictures.Draw(4000, 2000, SKEncodedImageFormat.Jpeg))!;

        Assert.Equal([480, 600], small.Fallbacks.Select(v => v.Width));
        Assert.Equal("/files/small.png", small.Shown.Url);
        Assert.Equal([480, 800, 1200, 1600], huge.WebP.Select(v => v.Width));
        Assert.Equal((1600, 800), (huge.Shown.Width, huge.Shown.Height));
        Assert.DoesNotContain(huge.Variants, v => v.IsOriginal);
    }

    [Fact]
    public void A_file_that_is_not_a_picture_it_claims_to_be_is_left_alone()
    {
        Assert.Null(ContentPicture.Of("files/broken.jpg", "not a picture"u8.ToArray()));
        Assert.Null(ContentPicture.Of("files/empty.png", []));
    }
}
