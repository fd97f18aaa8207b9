using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OnboardingBpm.Simulators.Salesforce;

/// <summary>A query Salesforce would refuse, with its errorCode (MALFORMED_QUERY, INVALID_FIELD, INVALID_TYPE).</summary>
internal sealed class SoqlException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}

internal sealed record SoqlCondition(string Field, string Operator, IReadOnlyList<SoqlLiteral> Values);

/// <summary>A literal in a WHERE clause; <see cref="Quoted"/> tells a string from a bare date-time, number or boolean.</summary>
internal sealed record SoqlLiteral(object? Value, bool Quoted);

internal sealed record SoqlOrder(string Field, bool Descending, bool NullsLast);

/// <summary>
/// The SOQL subset the simulator answers: <c>SELECT f1, f2 FROM Case [WHERE a op v AND ...] [ORDER BY f [ASC|DESC]
/// [NULLS FIRST|LAST], ...] [LIMIT n]</c> with =, !=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=, LIKE, IN and NOT IN. Anything
/// else (OR, sub-queries, functions, date literals) is MALFORMED_QUERY, so a client never silently gets a wrong answer.
/// </summary>
internal sealed partial record SoqlQuery(IReadOnlyList<string> Fields, string From, IReadOnlyList<SoqlCondition> Where, IReadOnlyList<SoqlOrder> OrderBy, int? Limit)
{
    public static SoqlQuery Parse(string text) => new Parser(Tokenize(text)).Query();

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '\'')
            {
                var start = i++;
                while (i < text.Length && text[i] != '\'')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i >= text.Length)
                {
                    throw Malformed("unterminated string literal");
                }

                tokens.Add(text[start..++i]);
            }
            else if (char.IsAsciiLetterOrDigit(c) || c == '_')
            {
                var start = i;
                // Date-times (2026-01-05T09:00:00.000+0000) and decimals are one token.
                var literal = char.IsAsciiDigit(c);
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.' || (literal && text[i] is ':' or '-' or '+')))
                {
                    i++;
                }

                tokens.Add(text[start..i]);
            }
            else if (i + 1 < text.Length && text.Substring(i, 2) is "!=" or "<>" or "<=" or ">=")
            {
                tokens.Add(text.Substring(i, 2));
                i += 2;
            }
            else if (c is '=' or '<' or '>' or ',' or '(' or ')')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else
            {
                throw Malformed($"unexpected token: '{c}'");
            }
        }

        return tokens;
    }

    internal static SoqlException Malformed(string message) => new("MALFORMED_QUERY", message);

    private sealed class Parser(List<string> tokens)
    {
        private int position;

        public SoqlQuery Query()
        {
            Expect("SELECT");
            var fields = new List<string> { Identifier() };
            while (Accept(","))
            {
                fields.Add(Identifier());
            }

            Expect("FROM");
            var from = Identifier();
            var where = new List<SoqlCondition>();
            if (Accept("WHERE"))
            {
                do
                {
                    where.Add(Condition());
                }
                while (Accept("AND"));
            }

            var order = new List<SoqlOrder>();
            if (Accept("ORDER"))
            {
                Expect("BY");
                do
                {
                    order.Add(Order());
                }
                while (Accept(","));
            }

            int? limit = null;
            if (Accept("LIMIT"))
            {
                limit = int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw Malformed("LIMIT must be a non-negative integer");
            }

            if (position < tokens.Count)
            {
                throw Malformed($"unexpected token: '{tokens[position]}'");
            }

            return new SoqlQuery(fields, from, where, order, limit);
        }

        private SoqlCondition Condition()
        {
            var field = Identifier();
            var negated = Accept("NOT");
            if (negated || Accept("IN"))
            {
                if (negated)
                {
                    Expect("IN");
                }

                Expect("(");
                var values = new List<SoqlLiteral> { Literal() };
                while (Accept(","))
                {
                    values.Add(Literal());
                }

                Expect(")");
                return new SoqlCondition(field, negated ? "NOT IN" : "IN", values);
            }

            var comparison = Next().ToUpperInvariant();
            return comparison switch
            {
                "=" or "!=" or "<" or "<=" or ">" or ">=" or "LIKE" => new SoqlCondition(field, comparison, [Literal()]),
                "<>" => new SoqlCondition(field, "!=", [Literal()]),
                _ => throw Malformed($"unexpected token: '{comparison}'"),
            };
        }

        private SoqlOrder Order()
        {
            var field = Identifier();
            var descending = Accept("DESC");
            if (!descending)
            {
                Accept("ASC");
            }

            // Salesforce puts nulls first in ascending order and last in descending order unless told otherwise.
            var nullsLast = descending;
            if (Accept("NULLS"))
            {
                nullsLast = Accept("LAST");
                if (!nullsLast)
                {
                    Expect("FIRST");
                }
            }

            return new SoqlOrder(field, descending, nullsLast);
        }

        private SoqlLiteral Literal()
        {
            var token = Next();
            if (token.StartsWith('\''))
            {
                return new SoqlLiteral(Unquote(token), Quoted: true);
            }

            if (token.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                return new SoqlLiteral(null, Quoted: false);
            }

            if (bool.TryParse(token, out var flag))
            {
                return new SoqlLiteral(flag, Quoted: false);
            }

            if (DateTimeLiteral().IsMatch(token))
            {
                // .NET wants the offset as ±hh:mm; SOQL also allows ±hhmm.
                var iso = token.EndsWith('Z') || token[^3] == ':' ? token : token.Insert(token.Length - 2, ":");
                return new SoqlLiteral(DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture), Quoted: false);
            }

            return double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? new SoqlLiteral(number, Quoted: false)
                : throw Malformed($"unexpected token: '{token}'");
        }

        private static string Unquote(string token)
        {
            var text = new StringBuilder();
            for (var i = 1; i < token.Length - 1; i++)
            {
                if (token[i] == '\\' && i + 1 < token.Length - 1)
                {
                    i++;
                    text.Append(token[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', var other => other });
                }
                else
                {
                    text.Append(token[i]);
                }
            }

            return text.ToString();
        }

        private string Identifier()
        {
            var token = Next();
            return char.IsAsciiLetter(token[0]) || token[0] == '_' ? token : throw Malformed($"unexpected token: '{token}'");
        }

        private string Next() => position < tokens.Count ? tokens[position++] : throw Malformed("unexpected end of query");

        private bool Accept(string keyword)
        {
            if (position < tokens.Count && tokens[position].Equals(keyword, StringComparison.OrdinalIgnoreCase))
            {
                position++;
                return true;
            }

            return false;
        }

        private void Expect(string keyword)
        {
            if (!Accept(keyword))
            {
                throw Malformed($"expecting '{keyword}', found '{(position < tokens.Count ? tokens[position] : "end of query")}'");
            }
        }
    }

    /// <summary>A SOQL dateTime literal: 2026-01-05T09:00:00Z, with optional milliseconds and a ±hh:mm or ±hhmm offset.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex DateTimeLiteral();
}
