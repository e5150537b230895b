namespace Movement.Site.Images;

/// <summary>One size of a picture in content, in one format: a file the build draws (or the original itself).</summary>
/// <param name="Url">The site URL it is published at.</param>
/// <param name="Format">"webp", "jpeg" or "png": the file's own format, or WebP.</param>
/// <param name="IsOriginal">The author's own file, published as it is: nothing to draw.</param>
public sealed record PictureVariant(string Url, int Width, int Height, string Format, bool IsOriginal)
{
    /// <summary>The MIME type for a <c>&lt;source type&gt;</c>.</summary>
    public string MediaType => "image/" + Format;
}
