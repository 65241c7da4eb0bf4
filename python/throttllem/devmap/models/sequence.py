"""What every source-reading network (DeepTune and its enhanced-context variants) shares:
input plumbing, the training loop, device placement and batched prediction.

A subclass says how sources become tensors (``encode``) and which torch module reads them
(``build_network``); the module's ``forward(sources, aux, source_of_row)`` returns (main logits,
auxiliary logits or None). DevMap repeats each source for several input sizes, so a batch runs
the source encoder once per distinct source and gathers its state for each row; that gives the
same numbers as row-by-row and costs a fraction.

Needs the ``[devmap]`` extra (torch). ``device="cuda"`` trains on a GPU when one is present
("auto" picks it when available); results then vary in the last bits (cuDNN), as usual.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from throttllem.devmap.data.dataset import DevMapData
from throttllem.devmap.models.base import DevMapModel
from throttllem.devmap.source.rewriter import normalise
from throttllem.errors import InvalidArgumentError

# DevMap repeats each source per input size and every fold sees it again: normalise each once.
normalised = lru_cache(maxsize=4096)(normalise)


def load_torch():
    """torch, or a clear error naming the extra that installs it."""
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise InvalidArgumentError("the sequence models need torch: pip install 'throttllem[devmap]'") from exc
    return torch


def resolve_device(torch, device: str) -> str:
    """'auto' -> 'cuda' when torch sees a GPU, else 'cpu'; anything else is checked."""
    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise InvalidArgumentError(f"device {device!r} asked for, but torch sees no CUDA GPU")
    if not (device == "cpu" or device.startswith("cuda")):
        raise InvalidArgumentError(f"device must be 'cpu', 'cuda[:n]' or 'auto', got {device!r}")
    return device


class SequenceModel(DevMapModel):
    """A network over the (normalised) kernel source plus the launch [transfer bytes, wgsize]."""

    def __init__(self, epochs: int = 50, batch_size: int = 64, learning_rate: float = 1e-3,
                 aux_loss_weight: float = 0.2, threads: int | None = None, device: str = "cpu",
                 init_seed: int | None = None, flush_denormals: bool = False, progress=None) -> None:
        if epochs < 1 or batch_size < 2:
            raise InvalidArgumentError("epochs >= 1 and batch_size >= 2 (batch norm)")
        # bool("false") is True: only real booleans (``--set`` parses true/false) are accepted
        if not isinstance(flush_denormals, bool):
            raise InvalidArgumentError(f"flush_denormals must be true or false, got {flush_denormals!r}")
        if init_seed is not None and (isinstance(init_seed, bool) or not isinstance(init_seed, int)):
            raise InvalidArgumentError(f"init_seed must be an integer, got {init_seed!r}")
        self.epochs, self.batch_size, self.learning_rate = epochs, batch_size, learning_rate
        self.aux_loss_weight, self.threads, self.device = aux_loss_weight, threads, device
        # Weights and batch order follow init_seed when given, else the fold's seed: repeating a
        # cross-validation with other init seeds (same folds) measures the spread over initialisations.
        self.init_seed = init_seed
        # Gradients vanishing over ~1000 LSTM steps become denormal floats, which x86 CPUs handle
        # ~4x slower (measured on DeepTune's backward pass); flushing them to zero while this model
        # trains leaves the losses equal to 4 decimals. Off by default: torch's switch is
        # process-wide and cannot be read back, so it is set and cleared around each call.
        self.flush_denormals = flush_denormals
        self.progress = progress  # called as progress(epoch, mean_loss) after each epoch
        self.network = None
        self.losses: list[float] = []  # mean training loss per epoch

    # -- what a subclass provides ------------------------------------------------------------
    def fit_encoder(self, sources: list[str], seed: int) -> None:
        """Fit whatever turns sources into tensors (vocabulary, ...) on the training sources."""

    def encode(self, sources: list[str]) -> np.ndarray:
        """Distinct normalised sources -> one array whose first axis indexes them."""
        raise NotImplementedError

    def build_network(self, torch):
        """A torch module: forward(encoded sources, aux (B, 2), source_of_row (B,)) -> (main, aux or None)."""
        raise NotImplementedError

    def pretrain(self, torch, encoded, seed: int) -> None:
        """Optional unsupervised step on the training sources before supervised training."""

    # -- inputs --------------------------------------------------------------------------------
    @staticmethod
    def distinct_sources(data: DevMapData, rows) -> tuple[list[str], np.ndarray]:
        """Distinct normalised sources of ``rows`` and, per row, its index among them."""
        texts = [normalised(data.src[i]) for i in rows]
        distinct = list(dict.fromkeys(texts))
        position = {t: i for i, t in enumerate(distinct)}
        return distinct, np.asarray([position[t] for t in texts], dtype=np.int64)

    @staticmethod
    def launch(data: DevMapData, rows) -> np.ndarray:
        return np.column_stack([data.transfer_bytes[rows], data.wgsize[rows]]).astype(np.float32)

    def _to_device(self, torch, encoded: np.ndarray, aux: np.ndarray):
        """Encoded sources and launch columns on the training device, once per fit or predict
        (copying each batch's sources host->GPU again would move ~0.5 MB a step)."""
        return torch.as_tensor(encoded).to(self._device), torch.from_numpy(aux).to(self._device)

    def _batch(self, torch, encoded, source_of_row: np.ndarray, aux, rows: np.ndarray):
        """(sources of ``rows``, their launch columns, each row's index among those sources);
        ``encoded`` and ``aux`` are device tensors from ``_to_device``."""
        sources, local = np.unique(source_of_row[rows], return_inverse=True)
        dev = self._device
        return (encoded[torch.from_numpy(sources).to(dev)], aux[torch.from_numpy(rows).to(dev)],
                torch.from_numpy(local.astype(np.int64)).to(dev))

    # -- training ------------------------------------------------------------------------------
    def fit(self, data, rows, *, seed):
        torch = load_torch()
        previous_threads = torch.get_num_threads()
        if self.threads:
            torch.set_num_threads(self.threads)  # process-wide in torch: restored below
        if self.flush_denormals:
            torch.set_flush_denormal(True)
        try:
            self._device = resolve_device(torch, self.device)
            init_seed = seed if self.init_seed is None else self.init_seed
            return self._fit(torch, data, np.arange(len(data))[rows], init_seed)
        finally:
            torch.set_num_threads(previous_threads)
            if self.flush_denormals:
                torch.set_flush_denormal(False)

    def _fit(self, torch, data, rows, seed):
        torch.manual_seed(seed)
        rng = np.random.default_rng(seed)
        distinct, source_of_row = self.distinct_sources(data, rows)
        self.fit_encoder(distinct, seed)
        encoded = self.encode(distinct)
        aux = self.launch(data, rows)
        labels = torch.from_numpy(data.label[rows].astype(np.int64)).to(self._device)
        self.network = self.build_network(torch).to(self._device)
        self.pretrain(torch, encoded, seed)
        encoded, aux = self._to_device(torch, encoded, aux)
        optimiser = torch.optim.Adam(self.network.parameters(), lr=self.learning_rate)
        loss_fn = torch.nn.CrossEntropyLoss()
        self.network.train()
        self.losses = []
        for _ in range(self.epochs):
            order = rng.permutation(len(rows))
            total = torch.zeros((), device=self._device)  # summed on the device: one sync per epoch
            for start in range(0, len(order), self.batch_size):
                batch = order[start:start + self.batch_size]
                if len(batch) < 2:  # batch norm needs two rows
                    continue
                inputs, aux_batch, local = self._batch(torch, encoded, source_of_row, aux, batch)
                main, side = self.network(inputs, aux_batch, local)
                target = labels[torch.from_numpy(batch).to(self._device)]
                loss = loss_fn(main, target)
                if side is not None:
                    loss = loss + self.aux_loss_weight * loss_fn(side, target)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                total += loss.detach() * len(batch)
            self.losses.append(float(total) / len(order))
            if self.progress:
                self.progress(len(self.losses), self.losses[-1])
        return self

    def predict_proba(self, data, rows):
        if self.network is None:
            raise InvalidArgumentError("fit the model first")
        torch = load_torch()
        rows = np.arange(len(data))[rows]
        distinct, source_of_row = self.distinct_sources(data, rows)
        encoded, aux = self._to_device(torch, self.encode(distinct), self.launch(data, rows))
        self.network.eval()
        out = []
        with torch.no_grad():
            for start in range(0, len(rows), 256):
                batch = np.arange(start, min(start + 256, len(rows)))
                inputs, aux_batch, local = self._batch(torch, encoded, source_of_row, aux, batch)
                main, _ = self.network(inputs, aux_batch, local)
                out.append(torch.softmax(main, dim=1)[:, 1].cpu().numpy())
        return np.concatenate(out).astype(np.float64)
