using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Movement.Core.IO;

namespace Movement.Site.Content.AwarenessWeeks;

/// <summary>
/// An image's intrinsic size in CSS pixels, read from the file's header, so markup can reserve its
/// space (width and height attributes stop the page jumping as it loads). Unknown for formats we do not read.
/// </summary>
public sealed partial record ImageSize(int Width, int Height)
{
    public static ImageSize? Read(string path, ReadOnlySpan<byte> bytes) => SitePath.Extension(path) switch
    {
        ".png" when bytes.Length >= 24 => Known(BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..])),
        ".gif" when bytes.Length >= 10 => Known(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..])),
        ".svg" => FromSvg(Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)])),
        _ => null,
    };

    private static ImageSize? FromSvg(string text)
    {
        var tag = SvgTag().Match(text);
        if (!tag.Success)
        {
            return null;
        }

        var width = Attribute(tag.Value, "width");
        var height = Attribute(tag.Value, "height");
        if (width is not null && height is not null)
        {
            return Known((int)Math.Round(width.Value), (int)Math.Round(height.Value));
        }

        // Without both sizes, the viewBox gives the drawing's own units, which browsers use as pixels.
        var box = ViewBox().Match(tag.Value);
        return box.Success ? Known((int)Math.Round(Number(box.Groups[1].Value)), (int)Math.Round(Number(box.Groups[2].Value))) : null;
    }

    private static double? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $@"\s{name}\s*=\s*[""']\s*([0-9.]+)\s*(px)?\s*[""']");
        return match.Success ? Number(match.Groups[1].Value) : null;
    }

    private static double Number(string text) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static ImageSize? Known(int width, int height) => width > 0 && height > 0 ? new(width, height) : null;

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgTag();

    [GeneratedRegex(@"\sviewBox\s*=\s*[""']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*[""']")]
    private static partial Regex ViewBox();
}
