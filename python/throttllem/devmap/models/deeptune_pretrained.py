"""``deeptune-pretrained``: DeepTune whose embedding and LSTMs are first trained as a next-atom
language model (targets DeepTune's lack of pretrained, contextual embeddings).

Rationale. DeepTune learns its atom embeddings and LSTMs from ~600 labelled rows (~220 distinct
sources per fold) with a two-class signal only: nothing tells the LSTM what OpenCL looks like,
so much of its capacity goes into learning the syntax from a weak label. Here the embedding and
both LSTM layers are first trained to predict the next atom (a linear layer on the second LSTM's
outputs, cross-entropy, padding ignored) for ``pretrain_epochs`` epochs on unlabelled text
only: the *training fold's* distinct sources plus the project's own kernel suite
(``kernels/opencl/*.cl``, normalised the same way; found beside the package in a checkout or in
the working directory, or named by ``suite_dir``; without it the model pretrains on the
training sources alone). Test sources are never read before prediction. Each source gives up to
``pretrain_windows`` windows of ``sequence_length`` atoms taken from its end (the last one is
exactly the fine-tuning input), so long kernels add text without dominating. Then the language
model's output layer is dropped and the whole network is fine-tuned with DeepTune's head, as
DeepTune trains.

Identical to DeepTune: the normalisation and atomizer (its vocabulary is fitted on the same
unlabelled pretraining corpus: training sources + suite), the input (1024 atoms, front-padded,
last 1024 kept), the network (``deeptune.build_network``: embedding 64 -> LSTM 64 x2, last
state, ``launch_head``, auxiliary head weight 0.2), and supervised training (Adam 1e-3, 50
epochs, batch 64).

Pretraining defaults (chosen on AMD random fold 0's training text only, never on a test score):
10 epochs, batches of 16 windows, Adam 2e-3. With DeepTune's batch 64 and 1e-3 the ~600 windows
of a fold give ~10 steps an epoch and the first epoch's mean loss was 5.16, near the uniform
ln(188 atoms) = 5.24 (measured); with 16 and 2e-3 the mean next-atom loss went 3.86, 3.13,
2.71, 2.32, 2.04 over five epochs (measured), still falling.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from throttllem.devmap.source.atomizer import PAD, GreedyAtomizer
from throttllem.devmap.source.lexer import LexError
from throttllem.devmap.models.base import register
from throttllem.devmap.models.deeptune import DeepTune
from throttllem.devmap.models.sequence import normalised
from throttllem.errors import InvalidArgumentError


def find_suite(suite_dir: str | os.PathLike | None = "auto") -> Path | None:
    """The folder of the project's OpenCL kernels: ``suite_dir`` itself, or with "auto" the first
    ``kernels/opencl`` holding ``.cl`` files above this file (a checkout) or in the working
    directory; None when there is none (or ``suite_dir`` is None, "" or "none")."""
    if suite_dir is None or str(suite_dir).lower() in ("", "none"):
        return None
    if str(suite_dir) != "auto":
        path = Path(suite_dir)
        if not path.is_dir():
            raise InvalidArgumentError(f"suite_dir {str(path)!r} is not a folder")
        return path
    from throttllem.devmap.data.packaged import installed

    for candidate in (installed("kernels", "opencl"),
                      *(root / "kernels" / "opencl" for root in (*Path(__file__).resolve().parents, Path.cwd()))):
        if candidate is not None and candidate.is_dir() and any(candidate.glob("*.cl")):
            return candidate
    return None


def suite_sources(folder: Path | None) -> list[str]:
    """Normalised sources of ``folder``'s ``*.cl`` files, by file name; a file that does not lex is skipped."""
    if folder is None:
        return []
    out = []
    for path in sorted(folder.glob("*.cl")):
        try:
            out.append(normalised(path.read_text()))
        except (LexError, UnicodeDecodeError):
            continue
    return out


def language_model_windows(atomizer: GreedyAtomizer, texts, length: int, max_windows: int) -> np.ndarray:
    """(windows, length) int32: up to ``max_windows`` consecutive windows from the end of each
    text's atoms, the earliest one padded at the front when shorter."""
    windows = []
    for text in texts:
        ids = np.asarray(atomizer.encode(text), dtype=np.int32)
        end = len(ids)
        for _ in range(max_windows):
            if end <= 0:
                break
            piece = ids[max(0, end - length):end]
            window = np.full(length, PAD, dtype=np.int32)
            window[length - len(piece):] = piece
            windows.append(window)
            end -= length
    return np.stack(windows) if windows else np.zeros((0, length), dtype=np.int32)


@register
class DeepTunePretrained(DeepTune):
    """DeepTune whose embedding and LSTMs are pretrained as a next-atom language model."""

    name = "deeptune-pretrained"
    summary = ("DeepTune with embedding + LSTM x2 pretrained as a next-atom language model on the training "
               "sources + the project's kernel suite, then fine-tuned")

    def __init__(self, pretrain_epochs: int = 10, pretrain_batch_size: int = 16, pretrain_learning_rate: float = 2e-3,
                 pretrain_windows: int = 8, suite_dir: str | None = "auto", **options) -> None:
        super().__init__(**options)
        if pretrain_epochs < 0 or pretrain_windows < 1 or pretrain_batch_size < 1:
            raise InvalidArgumentError("pretrain_epochs >= 0, pretrain_batch_size >= 1 and pretrain_windows >= 1")
        self.pretrain_epochs, self.pretrain_learning_rate = pretrain_epochs, pretrain_learning_rate
        self.pretrain_batch_size = pretrain_batch_size
        self.pretrain_windows, self.suite_dir = pretrain_windows, suite_dir
        self.pretrain_corpus: list[str] = []   # the texts the language model read (training + suite)
        self.suite_kernels = 0
        self.pretrain_losses: list[float] = []  # mean next-atom loss per pretraining epoch
        self.language_model_head = None

    def fit_encoder(self, sources, seed):
        suite = suite_sources(find_suite(self.suite_dir))
        self.suite_kernels = len(suite)
        self.pretrain_corpus = list(dict.fromkeys([*sources, *suite]))
        self.atomizer = GreedyAtomizer.from_corpus(self.pretrain_corpus)

    def language_model_windows(self, texts) -> np.ndarray:
        return language_model_windows(self.atomizer, texts, self.sequence_length, self.pretrain_windows)

    def pretrain(self, torch, encoded, seed):
        self.pretrain_losses = []
        if self.pretrain_epochs == 0:
            return
        dev = self._device
        windows = torch.from_numpy(self.language_model_windows(self.pretrain_corpus)).to(dev)
        net = self.network
        head = torch.nn.Linear(net.lstm.hidden_size, self.atomizer.vocab_size).to(dev)
        parameters = [*net.embedding.parameters(), *net.lstm.parameters(), *head.parameters()]
        optimiser = torch.optim.Adam(parameters, lr=self.pretrain_learning_rate)
        loss_fn = torch.nn.CrossEntropyLoss(ignore_index=PAD, reduction="sum")
        rng = np.random.default_rng([seed, 1])  # its own stream: supervised shuffling is unchanged
        net.train()
        for _ in range(self.pretrain_epochs):
            order = torch.from_numpy(rng.permutation(len(windows))).to(dev)
            total = torch.zeros((), device=dev)
            count = torch.zeros((), device=dev)
            for start in range(0, len(order), self.pretrain_batch_size):
                batch = windows[order[start:start + self.pretrain_batch_size]].long()
                inputs, targets = batch[:, :-1], batch[:, 1:]
                states, _ = net.lstm(net.embedding(inputs))
                logits = head(states)
                n = (targets != PAD).sum()
                loss_sum = loss_fn(logits.reshape(-1, logits.shape[-1]), targets.reshape(-1))
                loss = loss_sum / n.clamp(min=1)
                optimiser.zero_grad()
                loss.backward()
                optimiser.step()
                total += loss_sum.detach()
                count += n
            self.pretrain_losses.append(float(total / count.clamp(min=1)))  # one sync per epoch
        self.language_model_head = head
