using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Movement.Theme.Components;

/// <summary>
/// A heading whose level is a parameter: the same card list sits under an h1 on one page and an h2 on
/// another, and Razor markup cannot compute a tag name.
/// </summary>
public sealed class LevelHeading : ComponentBase
{
    [Parameter] public int Level { get; set; } = 2;

    [Parameter] public string? Class { get; set; }

    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "h" + Math.Clamp(Level, 1, 6));
        builder.AddAttribute(1, "class", Class);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
