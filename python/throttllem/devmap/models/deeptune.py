"""DeepTune (Cummins et al., PACT 2017) re-implemented in torch, after the paper's description
and its published notebook's architecture; code written here.

Input: the kernel source, normalised (comments stripped, identifiers renamed), cut by the greedy
atomizer into ids, padded/truncated to 1024 (Keras' defaults DeepTune used: pad at the front and
keep the *last* 1024 atoms), plus the launch [transfer bytes, wgsize].
Network: embedding 64 -> LSTM 64 -> LSTM 64 (last state) ; concat [transfer, wgsize] ->
batch norm -> dense 32 (ReLU) -> 2. An auxiliary head on the LSTM state alone is trained with
weight 0.2, as in the original. Adam (lr 1e-3), 50 epochs, batch 64.
"""

from __future__ import annotations

import numpy as np

from throttllem.devmap.source.atomizer import GreedyAtomizer
from throttllem.devmap.models.base import register
from throttllem.devmap.models.sequence import SequenceModel, load_torch
from throttllem.errors import InvalidArgumentError


def launch_head(torch, state_size: int, dense: int = 32):
    """DeepTune's decision head: [launch, source state] -> batch norm -> dense (ReLU) -> 2,
    plus the auxiliary head on the source state alone."""
    nn = torch.nn

    class LaunchHead(nn.Module):
        def __init__(self):
            super().__init__()
            self.norm = nn.BatchNorm1d(state_size + 2)
            self.dense = nn.Linear(state_size + 2, dense)
            self.out = nn.Linear(dense, 2)
            self.language_head = nn.Linear(state_size, 2)

        def forward(self, state, aux):
            x = torch.relu(self.dense(self.norm(torch.cat([aux, state], dim=1))))
            return self.out(x), self.language_head(state)

    return LaunchHead()


def source_net_base(torch):
    """The base of every DeepTune-style network: embedding -> the subclass's encoder (built by
    its ``encoder()``) -> :func:`launch_head`. ``source_states(sources)`` gives one state per
    source; ``forward(sources, aux (B, 2), source_of_row (B,))`` decides per launch. The encoder is
    created between the embedding and the head: the creation order sets the initial weights."""
    nn = torch.nn

    class SourceNet(nn.Module):
        def __init__(self, vocab_size: int, embedding: int, state_size: int, dense: int):
            super().__init__()
            self.embedding = nn.Embedding(vocab_size, embedding)
            self.encoder()
            self.head = launch_head(torch, state_size, dense)

        def forward(self, sources, aux, source_of_row):
            return self.head(self.source_states(sources)[source_of_row], aux)

    return SourceNet


def build_network(vocab_size: int, *, embedding: int = 64, hidden: int = 64, dense: int = 32):
    """The DeepTune network as a torch module: forward(ids (S, L), aux (B, 2), source_of_row (B,))."""
    torch = load_torch()

    class DeepTuneNet(source_net_base(torch)):
        def encoder(self):
            self.lstm = torch.nn.LSTM(embedding, hidden, num_layers=2, batch_first=True)

        def source_states(self, ids):
            _, (h, _) = self.lstm(self.embedding(ids.long()))
            return h[-1]  # last state of the second LSTM

    return DeepTuneNet(vocab_size, embedding, hidden, dense)


@register
class DeepTune(SequenceModel):
    """DeepTune: a two-layer LSTM over atomized source + the launch parameters."""

    name = "deeptune"
    summary = "DeepTune: embedding 64 -> LSTM 64 x2 over 1024 atoms + [transfer, wgsize] -> dense 32 -> 2"

    def __init__(self, sequence_length: int = 1024, keep: str = "tail", **options) -> None:
        super().__init__(**options)
        if sequence_length < 1:
            raise InvalidArgumentError("sequence_length must be >= 1")
        self.sequence_length, self.keep = sequence_length, keep
        self.atomizer: GreedyAtomizer | None = None

    def fit_encoder(self, sources, seed):
        self.atomizer = GreedyAtomizer.from_corpus(sources)

    def encode(self, sources) -> np.ndarray:
        return self.atomizer.encode_padded(sources, self.sequence_length, keep=self.keep)

    def build_network(self, torch):
        return build_network(self.atomizer.vocab_size)
