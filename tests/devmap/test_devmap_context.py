"""The four enhanced-context DeepTune variants: a few steps on tiny data, and their pieces.

Full trainings are `throttllem devmap evaluate --model deeptune-... `; these check that each
model trains, predicts, is reproducible and can learn, and that the one thing each changes does
what it says (literal classes, chunking, masking, pretraining on training text only).
"""

from __future__ import annotations

import numpy as np
import pytest

from throttllem.devmap.data.dataset import load_platform
from throttllem.devmap.models import create
from throttllem.devmap.models.sequence import normalised
from throttllem.errors import InvalidArgumentError

from conftest import REPO
from public_data import devmap_dir

torch = pytest.importorskip("torch")

# Tiny settings per model: short inputs, one thread (tiny tensors gain nothing from more).
TINY = {
    "deeptune-vocab": {"sequence_length": 24},
    "deeptune-long": {"chunk_size": 8, "max_chunks": 4},
    "deeptune-attention": {"sequence_length": 24},
    # suite_dir None: pretrain on the training rows only, so the test does not move with kernels/opencl
    "deeptune-pretrained": {"sequence_length": 24, "pretrain_epochs": 2, "pretrain_windows": 2, "suite_dir": None},
}


@pytest.fixture(scope="module")
def tiny():
    data = load_platform("nvidia", devmap_dir("nvidia"))
    shortest = np.argsort([len(s) for s in data.src], kind="stable")[:48]  # cheap to lex
    return data.subset(np.random.default_rng(0).permutation(shortest))


def _model(name, **kw):
    return create(name, **{"epochs": 2, "batch_size": 8, "threads": 1, **TINY[name], **kw})


@pytest.mark.parametrize("name", sorted(TINY))
def test_a_few_steps_train_predict_and_reproduce(tiny, name):
    rows = np.arange(40)
    model = _model(name).fit(tiny, rows, seed=1)
    assert len(model.losses) == 2 and all(np.isfinite(model.losses))
    proba = model.predict_proba(tiny, np.arange(40, 48))
    assert proba.shape == (8,) and ((proba >= 0) & (proba <= 1)).all()
    assert set(model.predict(tiny, np.arange(40, 48))) <= {0, 1}
    again = _model(name).fit(tiny, rows, seed=1)
    assert again.losses == model.losses  # seeded: reproducible
    np.testing.assert_array_equal(again.predict_proba(tiny, np.arange(40, 48)), proba)


@pytest.mark.parametrize("name", sorted(TINY))
def test_learns_a_launch_rule(tiny, name):
    # label = wgsize above its median: learnable from the launch inputs alone
    data = tiny.subset(np.arange(len(tiny)))
    data.label[:] = (data.wgsize > np.median(data.wgsize)).astype(int)
    model = _model(name, epochs=25, learning_rate=0.02, batch_size=16).fit(data, np.arange(len(data)), seed=0)
    assert model.losses[-1] < model.losses[0]
    assert np.mean(model.predict(data, np.arange(len(data))) == data.label) >= 0.8


def test_bad_options():
    with pytest.raises(InvalidArgumentError, match="min_sources"):
        create("deeptune-vocab", min_sources=0)
    with pytest.raises(InvalidArgumentError, match="keep"):
        create("deeptune-attention", keep="middle")
    with pytest.raises(InvalidArgumentError, match="top"):
        create("deeptune-long", top="gru")
    with pytest.raises(InvalidArgumentError, match="chunk_size"):
        create("deeptune-long", chunk_size=0)
    with pytest.raises(InvalidArgumentError, match="pretrain_epochs"):
        create("deeptune-pretrained", pretrain_epochs=-1)
    with pytest.raises(InvalidArgumentError, match="fit the model first"):
        create("deeptune-long").predict_proba(None, [0])


# -- deeptune-vocab: tokens and literal classes ---------------------------------------------------

@pytest.mark.parametrize("text, token", [
    ("0", "<int:0>"), ("1", "<int:1>"), ("1u", "<int:1>"), ("2", "<int:2^1>"), ("8", "<int:2^3>"),
    ("1024", "<int:2^10>"), ("0x400", "<int:2^10>"), ("3", "<int:1e0>"), ("9", "<int:1e0>"),
    ("12", "<int:1e1>"), ("1000", "<int:1e3>"), ("0xFFu", "<int:1e2>"), ("017", "<int:1e1>"),
    ("1.0", "<double:1>"), ("1.0f", "<float:1>"), ("0.0f", "<float:0>"), ("0.75", "<double:1e-1>"),
    (".5f", "<float:1e-1>"), ("1.5e-3f", "<float:1e-3>"), ("2.e0", "<double:1e0>"), ("1.40e+00", "<double:1e0>"),
    ("0x1.8p3f", "<float:1e1>"), ("1.0h", "<half:1>"), ("12abc", "<num:?>"),
])
def test_literal_classes(text, token):
    from throttllem.devmap.models.deeptune_vocab import literal_token

    assert literal_token(text) == token


def test_source_tokens_keep_names_whole_and_drop_layout():
    from throttllem.devmap.models.deeptune_vocab import source_tokens

    src = ("#define T 16\n__kernel void A(__global float* a, const int ab) {\n"
           "  int c = get_global_id(0);\n  a[c] = a[c] * 0.5f + 1024 + ab;\n}\n")
    tokens = source_tokens(src)
    assert tokens[:3] == ("#define", "T", "<int:2^4>")
    assert "get_global_id" in tokens and "ab" in tokens and "__global" in tokens
    assert "<float:1e-1>" in tokens and "<int:2^10>" in tokens and "<int:0>" in tokens
    assert not any(t.isspace() for t in tokens) and "0.5f" not in tokens


def test_vocabulary_is_fitted_on_training_sources_with_unknown():
    from throttllem.devmap.source.atomizer import PAD
    from throttllem.devmap.models.deeptune_vocab import UNKNOWN, TokenVocabulary

    vocab = TokenVocabulary.from_corpus([("a", "+", "b"), ("a", "-", "c"), ("a", "+")], min_sources=2)
    assert vocab.tokens == ("+", "a") and vocab.vocab_size == 4
    ids = vocab.encode_padded([("a", "*", "+"), ("a", "+", "a", "+", "a")], 4)
    assert ids[0].tolist() == [PAD, vocab.ids["a"], UNKNOWN, vocab.ids["+"]]  # front-padded
    assert ids[1].tolist() == [vocab.ids["+"], vocab.ids["a"], vocab.ids["+"], vocab.ids["a"]]  # last 4 kept


def test_vocab_model_maps_test_only_tokens_to_unknown():
    model = _model("deeptune-vocab", min_sources=1)
    model.fit_encoder(["int a = 1;\n"], seed=0)
    encoded = model.encode(["float a = 3.0f;\n"])[0]
    assert (encoded == 1).sum() == 2  # float and 3.0f were never seen in training


# -- deeptune-long: chunks and the hierarchical state --------------------------------------------

def test_chunks_cover_the_whole_sequence_and_cap_keeps_the_end():
    from throttllem.devmap.models.deeptune_long import chunk_ids

    ids = np.arange(2, 25)  # 23 ids
    chunks = chunk_ids(ids, 5, 10)
    assert chunks.shape == (5, 5) and (chunks[0, :2] == 0).all()
    np.testing.assert_array_equal(chunks.ravel()[2:], ids)  # padding only at the front of chunk 0
    np.testing.assert_array_equal(chunk_ids(ids, 5, 2).ravel(), ids[-10:])  # capped: the last 10
    assert chunk_ids([], 5, 2).shape == (1, 5)


def test_long_model_encodes_every_atom_of_long_sources(tiny):
    model = _model("deeptune-long", chunk_size=16, max_chunks=256)
    longest = max(tiny.src, key=len)
    model.fit_encoder([normalised(longest)], seed=0)
    atoms = model.atomizer.encode(normalised(longest))
    encoded = model.encode([normalised(longest), "int a;\n"])
    assert encoded.shape[1] == -(-len(atoms) // 16)
    assert encoded[0][encoded[0] != 0].tolist() == atoms  # the whole source, in order
    assert (encoded[1, 1:] == 0).all()  # the short source: one chunk, then padding chunks


def test_hierarchical_state_equals_a_direct_computation():
    from throttllem.devmap.models.deeptune_long import build_network, chunk_ids

    torch.manual_seed(0)
    net = build_network(12).eval()
    a = torch.randint(2, 12, (13,)).numpy()  # 3 chunks of 5 (two front pads)
    b = torch.randint(2, 12, (4,)).numpy()   # 1 chunk
    ca, cb = chunk_ids(a, 5, 8), chunk_ids(b, 5, 8)
    batch = np.zeros((2, 4, 5), dtype=np.int32)  # one all-padding chunk beyond the longest
    batch[0, :3], batch[1, :1] = ca, cb
    with torch.no_grad():
        got = net.source_states(torch.from_numpy(batch))
        for row, chunks in enumerate((ca, cb)):
            states = []
            for chunk in chunks:  # each chunk alone through the chunk encoder
                _, (h, _) = net.lstm(net.embedding(torch.from_numpy(chunk).long()[None]))
                states.append(h[-1, 0])
            _, (h, _) = net.top(torch.stack(states)[None])  # then the chunk states in order
            torch.testing.assert_close(got[row], h[-1, 0])
        pooled = build_network(12, top="pool").eval()
        pooled.embedding, pooled.lstm = net.embedding, net.lstm
        states = torch.stack([net.lstm(net.embedding(torch.from_numpy(c).long()[None]))[1][0][-1, 0] for c in ca])
        torch.testing.assert_close(pooled.source_states(torch.from_numpy(batch))[0],
                                   torch.cat([states.mean(0), states.amax(0)]))


# -- deeptune-attention: masking ------------------------------------------------------------------

def test_attention_ignores_padding_and_batch_mates():
    from throttllem.devmap.models.deeptune_attention import build_network, encode_with_lengths

    torch.manual_seed(0)
    net = build_network(12).eval()
    ids = [torch.randint(2, 12, (n,)).tolist() for n in (7, 3, 10)]
    encoded = torch.from_numpy(encode_with_lengths(ids, 12))
    assert encoded[:, 0].tolist() == [7, 3, 10] and encoded[1, 1:4].tolist() == ids[1]
    with torch.no_grad():
        states = net.source_states(encoded)
        noisy = encoded.clone()
        for row, n in enumerate((7, 3, 10)):
            noisy[row, 1 + n:] = torch.randint(2, 12, (12 - n,))  # padding positions get real ids
        torch.testing.assert_close(net.source_states(noisy), states)
        torch.testing.assert_close(net.source_states(encoded[1:2]), states[1:2])  # alone: shorter batch
        _, weights = net.attention(encoded)
    assert (weights[1, 3:] == 0).all() and (weights[0, 7:] == 0).all()
    torch.testing.assert_close(weights.sum(1), torch.ones(3))
    assert encode_with_lengths([list(range(2, 30))], 12)[0, 1:].tolist() == list(range(18, 30))  # last 12


def test_bidirectional_states_equal_a_packed_bidirectional_lstm():
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    from throttllem.devmap.models.deeptune_attention import build_network, encode_with_lengths

    torch.manual_seed(0)
    net = build_network(12, hidden=5).eval()
    packed_lstm = torch.nn.LSTM(64, 5, num_layers=2, batch_first=True, bidirectional=True)
    with torch.no_grad():
        for layer in range(2):
            for suffix, lstm in (("", net.forward_lstms[layer]), ("_reverse", net.backward_lstms[layer])):
                for kind in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
                    getattr(packed_lstm, f"{kind}_l{layer}{suffix}").copy_(getattr(lstm, f"{kind}_l0"))
        lengths = [6, 2, 9]
        encoded = torch.from_numpy(encode_with_lengths([torch.randint(2, 12, (n,)).tolist() for n in lengths], 9))
        states, mask = net.states(encoded)
        packed = pack_padded_sequence(net.embedding(encoded[:, 1:].long()), torch.tensor(lengths),
                                      batch_first=True, enforce_sorted=False)
        expected, _ = pad_packed_sequence(packed_lstm(packed)[0], batch_first=True, total_length=9)
    torch.testing.assert_close(states[mask], expected[mask])


# -- deeptune-pretrained: language-model pretraining on training text only ------------------------

def test_pretraining_lowers_the_language_model_loss_and_never_sees_test_sources(tiny, monkeypatch):
    from throttllem.devmap.models.deeptune_pretrained import DeepTunePretrained

    texts = [normalised(s) for s in tiny.src]
    distinct = list(dict.fromkeys(texts))
    test_sources = set(distinct[-3:])
    train = np.array([i for i, t in enumerate(texts) if t not in test_sources])
    test = np.array([i for i, t in enumerate(texts) if t in test_sources])
    read = []
    original = DeepTunePretrained.language_model_windows

    def spy(self, corpus):
        read.extend(corpus)
        return original(self, corpus)

    monkeypatch.setattr(DeepTunePretrained, "language_model_windows", spy)
    model = _model("deeptune-pretrained", pretrain_epochs=6, epochs=1, suite_dir="auto").fit(tiny, train, seed=0)
    assert model.suite_kernels > 0  # the repository's kernels/opencl was found
    assert len(model.pretrain_losses) == 6 and model.pretrain_losses[-1] < model.pretrain_losses[0]
    assert read == model.pretrain_corpus and not test_sources & set(read)
    assert {texts[i] for i in train} <= set(read)
    model.predict_proba(tiny, test)
    assert not test_sources & set(read)  # predicting reads them, but never into the language model


def test_pretraining_suite_is_optional(tiny, tmp_path):
    from throttllem.devmap.models.deeptune_pretrained import find_suite, language_model_windows

    # The installed copy of the suite (a pip-installed package) or the checkout's: the same kernels.
    suite = find_suite("auto")
    assert sorted(p.name for p in suite.glob("*.cl")) == sorted(p.name for p in (REPO / "kernels" / "opencl").glob("*.cl"))
    model = _model("deeptune-pretrained", suite_dir="none", epochs=1, pretrain_epochs=1).fit(tiny, np.arange(16), seed=0)
    assert model.suite_kernels == 0 and len(model.pretrain_corpus) == len({normalised(s) for s in tiny.src[:16]})
    (tmp_path / "k.cl").write_text("__kernel void k(__global int* x) { x[0] = 1; }\n")
    assert find_suite(tmp_path) == tmp_path
    with pytest.raises(InvalidArgumentError, match="not a folder"):
        find_suite(tmp_path / "missing")
    windows = language_model_windows(model.atomizer, ["a" * 10], 4, 3)
    assert windows.shape == (3, 4) and (windows[0] != 0).all() and (windows[-1, :2] == 0).all()
