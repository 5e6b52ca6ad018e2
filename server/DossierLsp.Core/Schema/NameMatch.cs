namespace DossierLsp.Core.Schema;

/// <summary>How names in dossiers are compared with names in schemas: case-insensitive, surrounding and repeated whitespace ignored.</summary>
internal static class NameMatch
{
    // Word by word, without building normalized strings: binding compares every heading and key with every spec.
    public static bool Equal(string a, string b)
    {
        var left = new Words(a);
        var right = new Words(b);
        while (true)
        {
            bool hasLeft = left.Next(out ReadOnlySpan<char> wordLeft), hasRight = right.Next(out ReadOnlySpan<char> wordRight);
            if (hasLeft != hasRight)
            {
                return false;
            }
            if (!hasLeft)
            {
                return true;
            }
            if (!wordLeft.Equals(wordRight, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
    }

    /// <summary>Compares and hashes names as <see cref="Equal"/> does, so a set or dictionary finds a name in constant time without building a key.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new NameComparer();

    private sealed class NameComparer : IEqualityComparer<string>
    {
        public bool Equals(string? a, string? b) => a is null || b is null ? ReferenceEquals(a, b) : Equal(a, b);

        public int GetHashCode(string name)
        {
            var hash = new HashCode();
            var words = new Words(name);
            while (words.Next(out ReadOnlySpan<char> word))
            {
                hash.Add(string.GetHashCode(word, StringComparison.OrdinalIgnoreCase));
            }
            return hash.ToHashCode();
        }
    }

    private ref struct Words(string text)
    {
        private int _position;

        public bool Next(out ReadOnlySpan<char> word)
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            int start = _position;
            while (_position < text.Length && !char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
            word = text.AsSpan(start, _position - start);
            return _position > start;
        }
    }
}
