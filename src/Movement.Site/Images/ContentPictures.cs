using Movement.Core.Documents;
using Movement.Core.IO;
using Movement.Core.Markdown;
using Movement.Site.Content.AwarenessWeeks;

namespace Movement.Site.Images;

/// <summary>The pictures a content item's body shows, and the body as its page shows them: in several sizes.</summary>
public static class ContentPictures
{
    /// <summary>On a parsed content document: the pictures its body shows, for the build to draw their copies.</summary>
    public static readonly MetadataKey<IReadOnlyList<ContentPicture>> Key = new("content-pictures");

    /// <summary>
    /// The body with each of the site's own pictures in several sizes in its <see cref="RenderedMarkdown.PageHtml"/>,
    /// and the pictures; a picture that is missing (reported by the link check) or unreadable keeps its plain tag.
    /// </summary>
    public static (RenderedMarkdown Body, IReadOnlyList<ContentPicture> Pictures) Of(RenderedMarkdown body, IFileSystem input)
    {
        // Every <img> counts, the Markdown's and any the author wrote as HTML; each file is read once.
        var pictures = new Dictionary<string, ContentPicture?>(StringComparer.Ordinal);
        ContentPicture? PictureAt(string file)
        {
            if (!pictures.TryGetValue(file, out var picture))
            {
                picture = ImageFiles.IsImage(file) && input.Exists(file) ? ContentPicture.Of(file, input.ReadAllBytes(file)) : null;
                pictures[file] = picture;
            }

            return picture;
        }

        var html = PictureMarkup.InBody(body.Html, PictureAt, PictureMarkup.ProseSizes);
        var shown = pictures.Values.OfType<ContentPicture>().OrderBy(p => p.File, StringComparer.Ordinal).ToList();
        return shown.Count == 0 ? (body, []) : (body with { PageHtml = html }, shown);
    }
}
