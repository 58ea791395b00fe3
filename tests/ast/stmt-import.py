import os
import os.path
import numpy as np
import a.b.c as abc, d, e as ee
from os import path
from os import path as p, sep
from . import sibling
from .. import parent
from .mod import thing
from ..pkg.mod import (a, b as bee,
    c,)
from ... import deep
from .... import deeper
from collections import *
from __future__ import annotations
