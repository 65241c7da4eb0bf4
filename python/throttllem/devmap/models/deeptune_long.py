"""``deeptune-long``: DeepTune reading the whole kernel through a hierarchical encoder (targets
DeepTune's truncation to the last 1024 atoms).

Rationale. DeepTune keeps the last 1024 atoms of a source: 32.8% of the 247 AMD DevMap sources
are longer (measured; the longest has 24,604 atoms), and for them the network never sees the
beginning of the kernel (helper functions, the kernel's signature and its first loops). A flat
LSTM over 25k steps would be slow to train and would forget the start anyway. Here the full atom
sequence is cut into chunks of ``chunk_size`` atoms (128); one shared chunk encoder (DeepTune's
own embedding 64 -> LSTM 64 x2, last state) turns each chunk into a state, and a second LSTM (64,
one layer) reads the chunk states in order (or, with ``top="pool"``, their masked mean and max)
and gives the source state. The chunks of all sources of a batch run as one batch of (chunks,
128) through cuDNN: 128 + (number of chunks) sequential steps instead of the whole length.

Cap: at most ``max_chunks`` chunks (256 x 128 = 32,768 atoms; DevMap's longest source needs
193), the *last* ones when a source is longer, as DeepTune keeps the tail. The atom sequence is
padded at the front to a whole number of chunks, so only the first chunk holds padding (as
DeepTune's input does) and a source's state does not depend on what else is in its batch: the
upper LSTM's state is taken after the source's own last chunk, before any padding chunk.

Identical to DeepTune: the normalisation and greedy atomizer (vocabulary fitted on the training
sources), the embedding and two-layer LSTM 64 (now per chunk), the decision head
(``launch_head``: [transfer, wgsize] + state -> batch norm -> dense 32 -> 2) and auxiliary head
with weight 0.2, Adam 1e-3, 50 epochs, batch 64.
"""

from __future__ import annotations

import numpy as np

from throttllem.devmap.source.atomizer import PAD, GreedyAtomizer
from throttllem.devmap.models.base import register
from throttllem.devmap.models.deeptune import source_net_base
from throttllem.devmap.models.sequence import SequenceModel, load_torch
from throttllem.errors import InvalidArgumentError


def chunk_ids(ids, chunk_size: int, max_chunks: int) -> np.ndarray:
    """(n, chunk_size) int32: the last ``max_chunks * chunk_size`` of ``ids``, padded at the front
    to whole chunks; at least one chunk (all padding for an empty sequence)."""
    ids = np.asarray(ids, dtype=np.int32)[-max_chunks * chunk_size:]
    n = max(1, -(-len(ids) // chunk_size))
    out = np.full(n * chunk_size, PAD, dtype=np.int32)
    if len(ids):
        out[-len(ids):] = ids
    return out.reshape(n, chunk_size)


def build_network(vocab_size: int, *, top: str = "lstm", embedding: int = 64, hidden: int = 64, dense: int = 32):
    """forward(ids (S, C, L) of chunked sources (empty chunks all padding, after the real ones),
    aux (B, 2), source_of_row (B,)) -> (main, aux logits)."""
    torch = load_torch()
    nn = torch.nn

    class HierarchicalNet(source_net_base(torch)):
        def encoder(self):
            self.lstm = nn.LSTM(embedding, hidden, num_layers=2, batch_first=True)  # the chunk encoder
            self.top = nn.LSTM(hidden, hidden, batch_first=True) if top == "lstm" else None

        def chunk_states(self, ids):
            """(S, C, L) -> per-chunk states (S, n_max, H) (zeros after a source's chunks) and the
            chunk count of each source (on the host: the one sync of a batch)."""
            s, c, length = ids.shape
            counts = (ids != PAD).any(dim=2).sum(dim=1).clamp(min=1).cpu()
            n_max = int(counts.max())
            real = np.flatnonzero(np.arange(n_max)[None, :] < counts.numpy()[:, None])  # s * n_max + j
            index = torch.from_numpy(real).to(ids.device)
            chunks = ids[:, :n_max].reshape(s * n_max, length).index_select(0, index).long()
            _, (h, _) = self.lstm(self.embedding(chunks))  # every chunk of every source: one batch
            states = h[-1].new_zeros(s * n_max, h.shape[-1]).index_copy(0, index, h[-1])
            return states.view(s, n_max, -1), counts

        def source_states(self, ids):
            states, counts = self.chunk_states(ids)
            if self.top is not None:
                # Each source's state after its own last chunk: the padding chunks come after it,
                # so the forward LSTM's output there has not read them (no packing: torch's CPU
                # backward through packed sequences is ~100x slower).
                out, _ = self.top(states)
                last = (counts - 1).to(states.device)
                return out[torch.arange(len(last), device=states.device), last]
            mask = (torch.arange(states.shape[1])[None, :] < counts[:, None]).to(states.device)
            mean = states.sum(dim=1) / counts.to(states.device, states.dtype)[:, None]
            peak = states.masked_fill(~mask[:, :, None], float("-inf")).amax(dim=1)
            return torch.cat([mean, peak], dim=1)

    return HierarchicalNet(vocab_size, embedding, hidden if top == "lstm" else 2 * hidden, dense)


@register
class DeepTuneLong(SequenceModel):
    """DeepTune's encoder over 128-atom chunks of the whole source, then an LSTM over the chunks."""

    name = "deeptune-long"
    summary = ("DeepTune over the whole source: LSTM 64 x2 per 128-atom chunk (<= 256 chunks) -> "
               "LSTM 64 over chunk states + [transfer, wgsize] -> dense 32 -> 2")

    def __init__(self, chunk_size: int = 128, max_chunks: int = 256, top: str = "lstm", **options) -> None:
        super().__init__(**options)
        if chunk_size < 1 or max_chunks < 1:
            raise InvalidArgumentError("chunk_size and max_chunks must be >= 1")
        if top not in ("lstm", "pool"):
            raise InvalidArgumentError(f"top must be 'lstm' or 'pool', got {top!r}")
        self.chunk_size, self.max_chunks, self.top = chunk_size, max_chunks, top
        self.atomizer: GreedyAtomizer | None = None

    def fit_encoder(self, sources, seed):
        self.atomizer = GreedyAtomizer.from_corpus(sources)

    def encode(self, sources) -> np.ndarray:
        """(sources, C, chunk_size) int32, C the most chunks any of them needs; a source's chunks
        come first, then all-padding chunks."""
        chunked = [chunk_ids(self.atomizer.encode(s), self.chunk_size, self.max_chunks) for s in sources]
        out = np.full((len(chunked), max(len(c) for c in chunked), self.chunk_size), PAD, dtype=np.int32)
        for row, chunks in enumerate(chunked):
            out[row, :len(chunks)] = chunks
        return out

    def build_network(self, torch):
        return build_network(self.atomizer.vocab_size, top=self.top)
