"""DeepTune (Cummins et al., PACT 2017) re-implemented in torch (CPU), after the paper's
description and its published notebook's architecture; code written here.

Input: the kernel source, normalised (comments stripped, identifiers renamed), cut by the greedy
atomizer into ids, padded/truncated to 1024 (Keras' defaults DeepTune used: pad at the front and
keep the *last* 1024 atoms), plus the launch [transfer bytes, wgsize].
Network: embedding 64 -> LSTM 64 -> LSTM 64 (last state) ; concat [transfer, wgsize] ->
batch norm -> dense 32 (ReLU) -> 2. An auxiliary head on the LSTM state alone is trained with
weight 0.2, as in the original. Adam (lr 1e-3), 50 epochs, batch 64.

One difference from a row-by-row network, with identical results: DevMap repeats each source for
several input sizes, so a batch runs the LSTMs once per distinct source and gathers the states.
Needs the ``[devmap]`` extra (torch).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from throttllem.devmap.atomizer import GreedyAtomizer
from throttllem.devmap.dataset import DevMapData
from throttllem.devmap.models.base import DevMapModel, register
from throttllem.devmap.rewriter import normalise
from throttllem.errors import InvalidArgumentError

# DevMap repeats each source per input size and every fold sees it again: normalise each once.
_normalised = lru_cache(maxsize=4096)(normalise)


def _torch():
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InvalidArgumentError("the deeptune model needs torch: pip install 'throttllem[devmap]'") from exc
    return torch


def build_network(vocab_size: int, *, embedding: int = 64, hidden: int = 64, dense: int = 32):
    """The DeepTune network as a torch module: forward(ids (S, L), aux (B, 2), source_of_row (B,))."""
    torch = _torch()
    nn = torch.nn

    class DeepTuneNet(nn.Module):
        def __init__(self):
            super().__init__()
            self.embedding = nn.Embedding(vocab_size, embedding)
            self.lstm = nn.LSTM(embedding, hidden, num_layers=2, batch_first=True)
            self.norm = nn.BatchNorm1d(hidden + 2)
            self.dense = nn.Linear(hidden + 2, dense)
            self.out = nn.Linear(dense, 2)
            self.language_head = nn.Linear(hidden, 2)  # the auxiliary output (loss weight 0.2)

        def forward(self, ids, aux, source_of_row):
            _, (h, _) = self.lstm(self.embedding(ids))
            state = h[-1][source_of_row]  # last state of the second LSTM, one row per launch
            x = torch.relu(self.dense(self.norm(torch.cat([aux, state], dim=1))))
            return self.out(x), self.language_head(state)

    return DeepTuneNet()


@register
class DeepTune(DevMapModel):
    """DeepTune: a two-layer LSTM over atomized source + the launch parameters."""

    name = "deeptune"
    summary = "DeepTune: embedding 64 -> LSTM 64 x2 over 1024 atoms + [transfer, wgsize] -> dense 32 -> 2"

    def __init__(self, epochs: int = 50, batch_size: int = 64, sequence_length: int = 1024, keep: str = "tail",
                 learning_rate: float = 1e-3, aux_loss_weight: float = 0.2, threads: int | None = None,
                 progress=None) -> None:
        if epochs < 1 or batch_size < 2 or sequence_length < 1:
            raise InvalidArgumentError("epochs >= 1, batch_size >= 2 (batch norm) and sequence_length >= 1")
        self.epochs, self.batch_size, self.sequence_length, self.keep = epochs, batch_size, sequence_length, keep
        self.learning_rate, self.aux_loss_weight, self.threads = learning_rate, aux_loss_weight, threads
        self.progress = progress  # called as progress(epoch, mean_loss) after each epoch
        self.atomizer: GreedyAtomizer | None = None
        self.network = None
        self.losses: list[float] = []  # mean training loss per epoch

    # -- inputs --------------------------------------------------------------------------------
    def _sources(self, data: DevMapData, rows) -> tuple[list[str], np.ndarray]:
        """Distinct normalised sources of ``rows`` and, per row, its index among them."""
        texts = [_normalised(data.src[i]) for i in rows]
        distinct = list(dict.fromkeys(texts))
        position = {t: i for i, t in enumerate(distinct)}
        return distinct, np.asarray([position[t] for t in texts], dtype=np.int64)

    @staticmethod
    def _aux(data: DevMapData, rows) -> np.ndarray:
        return np.column_stack([data.transfer_bytes[rows], data.wgsize[rows]]).astype(np.float32)

    def _batch(self, torch, encoded: np.ndarray, source_of_row: np.ndarray, aux: np.ndarray, rows: np.ndarray):
        sources, local = np.unique(source_of_row[rows], return_inverse=True)
        return (torch.from_numpy(encoded[sources]).long(), torch.from_numpy(aux[rows]),
                torch.from_numpy(local.astype(np.int64)))

    # -- training ------------------------------------------------------------------------------
    def fit(self, data, rows, *, seed):
        torch = _torch()
        previous_threads = torch.get_num_threads()
        if self.threads:
            torch.set_num_threads(self.threads)  # process-wide in torch: restored below
        try:
            return self._fit(torch, data, np.arange(len(data))[rows], seed)
        finally:
            torch.set_num_threads(previous_threads)

    def _fit(self, torch, data, rows, seed):
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        distinct, source_of_row = self._sources(data, rows)
        self.atomizer = GreedyAtomizer.from_corpus(distinct)
        encoded = self.atomizer.encode_padded(distinct, self.sequence_length, keep=self.keep)
        aux = self._aux(data, rows)
        labels = torch.from_numpy(data.label[rows].astype(np.int64))
        self.network = build_network(self.atomizer.vocab_size)
        optimiser = torch.optim.Adam(self.network.parameters(), lr=self.learning_rate)
        loss_fn = torch.nn.CrossEntropyLoss()
        self.network.train()
        self.losses = []
        for _ in range(self.epochs):
            order = rng.permutation(len(rows))
            total = 0.0
            for start in range(0, len(order), self.batch_size):
                batch = order[start:start + self.batch_size]
                if len(batch) < 2:  # batch norm needs two rows
                    continue
                ids, aux_batch, local = self._batch(torch, encoded, source_of_row, aux, batch)
                main, language = self.network(ids, aux_batch, local)
                loss = loss_fn(main, labels[batch]) + self.aux_loss_weight * loss_fn(language, labels[batch])
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                total += float(loss.detach()) * len(batch)
            self.losses.append(total / len(order))
            if self.progress:
                self.progress(len(self.losses), self.losses[-1])
        return self

    def predict_proba(self, data, rows):
        if self.network is None:
            raise InvalidArgumentError("fit the model first")
        torch = _torch()
        rows = np.arange(len(data))[rows]
        distinct, source_of_row = self._sources(data, rows)
        encoded = self.atomizer.encode_padded(distinct, self.sequence_length, keep=self.keep)
        aux = self._aux(data, rows)
        self.network.eval()
        out = []
        with torch.no_grad():
            for start in range(0, len(rows), 256):
                batch = np.arange(start, min(start + 256, len(rows)))
                ids, aux_batch, local = self._batch(torch, encoded, source_of_row, aux, batch)
                main, _ = self.network(ids, aux_batch, local)
                out.append(torch.softmax(main, dim=1)[:, 1].numpy())
        return np.concatenate(out).astype(np.float64)
