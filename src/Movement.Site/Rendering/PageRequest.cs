namespace Movement.Site.Rendering;

/// <summary>One page to render: its context and its model (a content record or a listing).</summary>
public sealed record PageRequest(PageContext Context, object Model);
