using Movement.Core.Documents;

namespace Movement.Core.Tests.Documents;

public class DocumentMetadataTests
{
    private static readonly MetadataKey<string> Title = new("title");
    private static readonly MetadataKey<int> Order = new("order");

    [Fact]
    public void A_value_set_on_a_copy_leaves_the_original_as_it_was()
    {
        var original = new Document().With(Title, "First");
        var changed = original.With(Title, "Second").With(Order, 2);

        Assert.Equal("First", original.Get(Title));
        Assert.False(original.Has(Order));
        Assert.Equal("Second", changed.Get(Title));
        Assert.Equal(2, changed.Get(Order));
        Assert.Equal(2, changed.Metadata.Count);
    }

    [Fact]
    public void Setting_a_key_again_replaces_it_in_its_place()
    {
        var metadata = DocumentMetadata.Empty.SetItem("a", 1).SetItem("b", 2).SetItem("a", 3);

        Assert.Equal([new KeyValuePair<string, object>("a", 3), new KeyValuePair<string, object>("b", 2)], metadata);
    }

    [Fact]
    public void A_removed_key_is_gone_and_the_others_keep_their_order()
    {
        var metadata = DocumentMetadata.Empty.SetItem("a", 1).SetItem("b", 2).SetItem("c", 3);

        var removed = metadata.Remove("b");

        Assert.Equal(["a", "c"], removed.Select(p => p.Key));
        Assert.False(removed.ContainsKey("b"));
        Assert.True(metadata.ContainsKey("b"));
        Assert.Equal(metadata, metadata.Remove("missing"));
    }

    [Fact]
    public void Keys_are_matched_by_their_letters_not_by_the_string_object()
    {
        var metadata = DocumentMetadata.Empty.SetItem(new string("title".ToCharArray()), "Kept");

        Assert.True(metadata.TryGetValue("title", out var value));
        Assert.Equal("Kept", value);
        Assert.False(DocumentMetadata.Empty.TryGetValue("title", out _));
        Assert.Empty(DocumentMetadata.Empty);
    }
}
