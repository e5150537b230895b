using Markdig.Renderers;
using Markdig.Syntax;
using Movement.Core.Diagnostics;

namespace Movement.Core.Markdown;

/// <summary>
/// Which line of the Markdown each part of the rendered HTML came from: the renderer notes where in its output
/// each block and inline begins, and a place in the HTML is found from the nearest note before it plus the line
/// breaks between. Raw HTML is copied line for line, so a tag inside an HTML block lands on its own line.
/// </summary>
public sealed class HtmlSourceMap
{
    private readonly List<(int Offset, int Line, int Column)> _starts = [];
    private readonly Func<int, int, SourceLocation> _at;
    private string _html = "";

    /// <param name="at">The source location of a 0-based line and column of the Markdown body.</param>
    public HtmlSourceMap(Func<int, int, SourceLocation> at)
    {
        _at = at;
    }

    /// <summary>Renders the document to HTML, noting where each object's output starts.</summary>
    public string Render(MarkdownDocument document, Markdig.MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var output = writer.GetStringBuilder();
        renderer.ObjectWriteBefore += (_, obj) =>
        {
            renderer.Writer.Flush();
            _starts.Add((output.Length, obj.Line, obj.Column));
        };
        renderer.Render(document);
        writer.Flush();
        _html = writer.ToString();
        return _html;
    }

    /// <summary>Where the character at this 0-based offset of the rendered HTML was written.</summary>
    public SourceLocation Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _html.Length);
        var index = _starts.FindLastIndex(s => s.Offset <= offset);
        var (start, line, column) = index >= 0 ? _starts[index] : (0, 0, 0);
        var breaks = 0;
        var lastBreak = -1;
        for (var i = start; i < offset; i++)
        {
            if (_html[i] == '\n')
            {
                breaks++;
                lastBreak = i;
            }
        }

        return breaks == 0 ? _at(line, column + offset - start) : _at(line + breaks, offset - lastBreak - 1);
    }
}
