using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Tocsin.Core.Audit;

namespace Tocsin.Core.Tests.Audit;

public sealed class AuditChainTests
{
    [Fact]
    public void A_chain_built_entry_by_entry_verifies()
    {
        var chain = Chain(5);

        var result = AuditChain.Verify(chain);

        Assert.Equal((true, 5L, 5L), (result.Intact, result.Count, result.HeadSequence));
    }

    [Fact]
    public void An_empty_log_verifies_with_the_genesis_head()
    {
        var result = AuditChain.Verify([]);

        Assert.Equal((true, 0L), (result.Intact, result.Count));
    }

    [Fact]
    public void Edited_details_are_a_hash_mismatch_at_that_entry()
    {
        var chain = Chain(5);
        chain[2] = chain[2] with { Details = """{"id":"indicator--forged"}""" };

        var result = AuditChain.Verify(chain);

        Assert.Equal(new AuditMismatch(3, AuditFault.HashMismatch, "entry 3: its content does not match its hash"), result.Mismatch);
    }

    [Fact]
    public void An_edited_hash_is_a_hash_mismatch_at_that_entry()
    {
        var chain = Chain(5);
        var hash = chain[3].Hash.ToArray();
        hash[0] ^= 1;
        chain[3] = chain[3] with { Hash = hash };

        var result = AuditChain.Verify(chain);

        Assert.Equal((4L, AuditFault.HashMismatch), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void A_removed_entry_is_a_gap_at_the_entry_after_it()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditChain.Verify(chain);

        Assert.Equal((3L, AuditFault.Gap, 1L), (result.Mismatch!.Sequence, result.Mismatch.Fault, result.Count));
    }

    [Fact]
    public void Removing_the_first_entry_is_a_gap()
    {
        var chain = Chain(3);
        chain.RemoveAt(0);

        var result = AuditChain.Verify(chain);

        Assert.Equal((2L, AuditFault.Gap), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void Swapped_entries_are_caught_at_the_first_one_out_of_place()
    {
        var chain = Chain(5);
        (chain[2], chain[3]) = (chain[3], chain[2]);

        var result = AuditChain.Verify(chain);

        Assert.Equal((4L, AuditFault.Gap), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void A_repeated_earlier_entry_is_out_of_order()
    {
        var chain = Chain(5);
        chain.Insert(3, chain[1]);

        var result = AuditChain.Verify(chain);

        Assert.Equal((2L, AuditFault.OutOfOrder), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void An_inserted_well_formed_entry_breaks_the_chain_at_the_entry_after_it()
    {
        var chain = Chain(5);
        var forged = AuditChain.Next(chain[1].Sequence, chain[1].Hash, 9, "system", AuditRecord.Of("object.add", "forged"));
        chain.Insert(2, forged);

        var result = AuditChain.Verify(chain);

        Assert.Equal((3L, AuditFault.OutOfOrder), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void A_relinked_entry_with_a_recomputed_hash_is_a_broken_link()
    {
        var chain = Chain(5);
        var other = AuditEncoding.GenesisHash;
        chain[2] = chain[2] with { PreviousHash = other, Hash = AuditEncoding.Hash(3, chain[2].At, chain[2].Actor, chain[2].Action, chain[2].Subject, chain[2].Details, other.Span) };

        var result = AuditChain.Verify(chain);

        Assert.Equal((3L, AuditFault.BrokenLink), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void A_fully_rebuilt_chain_verifies_alone_but_not_against_its_old_checkpoint()
    {
        using var key = RSA.Create(2048);
        var chain = Chain(5);
        var checkpoint = AuditCheckpoint.Sign(3, chain[2].Hash, 100, p => Convert.ToBase64String(key.SignData(p, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));
        var rebuilt = Rebuild(chain, 1, chain[1] with { Details = """{"forged":true}""" });

        var result = AuditChain.Verify(rebuilt, [checkpoint], Verifier(key));

        Assert.Equal((true, 3L, AuditFault.CheckpointMismatch), (AuditChain.Verify(rebuilt).Intact, result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void Signed_checkpoints_that_match_are_counted_with_their_signatures()
    {
        using var key = RSA.Create(2048);
        var chain = Chain(5);
        var checkpoints = new[] { 2, 5 }.Select(s => AuditCheckpoint.Sign(s, chain[s - 1].Hash, 7,
            p => Convert.ToBase64String(key.SignData(p, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))));

        var result = AuditChain.Verify(chain, checkpoints, Verifier(key));

        Assert.Equal((true, 2, 2), (result.Intact, result.CheckpointsMatched, result.SignaturesChecked));
    }

    [Fact]
    public void A_checkpoint_with_a_bad_signature_is_reported()
    {
        using var key = RSA.Create(2048);
        using var other = RSA.Create(2048);
        var chain = Chain(3);
        var checkpoint = AuditCheckpoint.Sign(2, chain[1].Hash, 7, p => Convert.ToBase64String(other.SignData(p, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)));

        var result = AuditChain.Verify(chain, [checkpoint], Verifier(key));

        Assert.Equal((2L, AuditFault.CheckpointSignatureInvalid), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void A_checkpoint_beyond_a_truncated_chain_is_reported()
    {
        var chain = Chain(5);
        var checkpoint = new AuditCheckpoint(5, chain[4].Hash, 7, "unchecked");

        var result = AuditChain.Verify(chain.Take(3), [checkpoint]);

        Assert.Equal((5L, AuditFault.CheckpointMismatch), (result.Mismatch!.Sequence, result.Mismatch.Fault));
    }

    [Fact]
    public void The_canonical_encoding_is_sorted_jcs_with_escaped_strings()
    {
        var entry = AuditChain.Next(0, AuditEncoding.GenesisHash, 1711130400000000, "cli:r\"oot", AuditRecord.Of("object.add", "é\n", new JsonObject { ["b"] = 1, ["a"] = "x" }));

        var text = Encoding.UTF8.GetString(AuditEncoding.Canonical(entry));

        Assert.Equal("{\"action\":\"object.add\",\"actor\":\"cli:r\\\"oot\",\"at\":1711130400000000,\"details\":{\"a\":\"x\",\"b\":1},\"prev_hash\":\""
            + new string('0', 64) + "\",\"sequence\":1,\"subject\":\"é\\n\"}", text);
    }

    [Fact]
    public void The_hash_is_sha256_of_the_canonical_bytes()
    {
        var entry = Chain(1)[0];

        Assert.Equal(SHA256.HashData(AuditEncoding.Canonical(entry)), entry.Hash.ToArray());
    }

    [Fact]
    public void Large_version_lists_become_a_digest_and_a_count()
    {
        var versions = Enumerable.Range(0, AuditDetails.MaxListedVersions + 1)
            .Select(i => new AuditedVersion($"indicator--{i:D8}", "k", new byte[32])).ToList();

        var details = AuditDetails.WithVersions([], versions);

        Assert.Equal((1001, false, 64), ((int)details["count"]!, details.ContainsKey("versions"), ((string)details["versions_sha256"]!).Length));
    }

    private static Func<byte[], string, bool> Verifier(RSA key) =>
        (payload, signature) => key.VerifyData(payload, Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < count; i++)
        {
            var previous = entries.Count == 0 ? AuditEncoding.GenesisHash : entries[^1].Hash;
            entries.Add(AuditChain.Next(entries.Count, previous, 1_000_000 + i, "system",
                AuditRecord.Of("object.add", $"c{i}", new JsonObject { ["n"] = i })));
        }

        return entries;
    }

    private static List<AuditEntry> Rebuild(List<AuditEntry> chain, int from, AuditEntry replaced)
    {
        var rebuilt = chain.Take(from).ToList();
        foreach (var entry in chain.Skip(from).Select((e, i) => i == 0 ? replaced : e))
        {
            var previous = rebuilt.Count == 0 ? AuditEncoding.GenesisHash : rebuilt[^1].Hash;
            rebuilt.Add(AuditChain.Next(rebuilt.Count, previous, entry.At, entry.Actor, new AuditRecord(entry.Action, entry.Subject, entry.Details)));
        }

        return rebuilt;
    }
}
